package org.kaifang.notify;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The bodies and signatures robots take. The signatures were computed apart from kaifang, with
 * OpenSSL: {@code printf '1700000000000\nSECtest' | openssl dgst -sha256 -hmac SECtest -binary | base64}
 * (钉钉: the timestamp and secret signed with the secret) and {@code printf '' | openssl dgst
 * -sha256 -hmac "$(printf '1700000000\nSECtest')" -binary | base64} (飞书: nothing signed with
 * the timestamp and secret).
 */
class WebhookFormatTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Notice NOTICE = new Notice("【kaifang】2026-11-21 夜间作业失败（退出码 1）", "error", "2026-11-21", 1,
            List.of(new Notice.Event("run_failed", "error", "2026-11-21 的夜间作业失败。",
                    List.of("步骤：reference", "错误：reference/region.csv:17:1: region_code '43030X'"))));

    @Test
    void wecomAndDingtalkTakeATextMessage() throws Exception {
        for (WebhookFormat format : List.of(WebhookFormat.WECOM, WebhookFormat.DINGTALK)) {
            JsonNode body = JSON.readTree(format.body(NOTICE, null, 0));
            assertEquals("text", body.get("msgtype").asText());
            assertEquals("【kaifang】2026-11-21 夜间作业失败（退出码 1）\n\n2026-11-21 的夜间作业失败。\n步骤：reference\n"
                    + "错误：reference/region.csv:17:1: region_code '43030X'", body.get("text").get("content").asText());
        }
    }

    @Test
    void dingtalkSignsItsAddressAndFeishuItsBody() throws Exception {
        String url = "https://oapi.dingtalk.com/robot/send?access_token=abc";
        assertEquals(url + "&timestamp=1700000000000&sign=aZLLrriXgn05YbwaGR7knYsLeJADjr9NwLaNNKpxh4g%3D",
                WebhookFormat.DINGTALK.address(url, "SECtest", 1_700_000_000_000L));
        assertEquals(url, WebhookFormat.DINGTALK.address(url, null, 1_700_000_000_000L), "unsigned: the address as given");
        JsonNode feishu = JSON.readTree(WebhookFormat.FEISHU.body(NOTICE, "SECtest", 1_700_000_000_000L));
        assertEquals("1700000000", feishu.get("timestamp").asText());
        assertEquals("G7XpBpG8NgG02fJOAhX6FRAObIljmFoxVReo8I62pEk=", feishu.get("sign").asText());
        assertEquals("text", feishu.get("msg_type").asText());
        assertTrue(feishu.get("content").get("text").asText().startsWith("【kaifang】"));
    }

    @Test
    void theGenericJsonCarriesEveryEvent() throws Exception {
        JsonNode body = JSON.readTree(WebhookFormat.JSON.body(NOTICE, null, 0));
        assertEquals(List.of("kaifang", "error", "2026-11-21", "1", "run_failed", "步骤：reference"), List.of(
                body.get("source").asText(), body.get("severity").asText(), body.get("run_date").asText(),
                body.get("exit_code").asText(), body.get("events").get(0).get("kind").asText(),
                body.get("events").get(0).get("details").get(0).asText()));
    }

    @Test
    void aLongMessageIsCutAtALineToFitTheRobots() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            text.append("数据逾期：第 ").append(i).append(" 个数据源\n");
        }
        String shortened = WebhookFormat.shortened(text.toString());
        assertTrue(shortened.getBytes(StandardCharsets.UTF_8).length <= WebhookFormat.MAX_TEXT_BYTES, shortened);
        assertTrue(shortened.endsWith("个数据源\n…"), shortened);
    }

    @Test
    void aRobotsRefusalIsReadByItsFormatAndOnlyRateLimitsAreRetried() {
        assertDoesNotThrow(() -> WebhookFormat.WECOM.checkAnswer("{\"errcode\":0,\"errmsg\":\"ok\"}"));
        Channel.PermanentFailure wrongKey = assertThrows(Channel.PermanentFailure.class,
                () -> WebhookFormat.WECOM.checkAnswer("{\"errcode\":93000,\"errmsg\":\"invalid webhook url\"}"));
        assertEquals("the robot refused the message: errcode 93000 (invalid webhook url)", wrongKey.getMessage());
        assertThrows(IllegalStateException.class,
                () -> WebhookFormat.DINGTALK.checkAnswer("{\"errcode\":130101,\"errmsg\":\"send too fast\"}"));
        assertThrows(Channel.PermanentFailure.class,
                () -> WebhookFormat.FEISHU.checkAnswer("{\"StatusCode\":19021,\"StatusMessage\":\"sign match fail\"}"));
        assertThrows(IllegalStateException.class, () -> WebhookFormat.FEISHU.checkAnswer("{\"code\":11232,\"msg\":\"frequency limited\"}"));
        // a receiver of the generic format answers as it likes
        assertDoesNotThrow(() -> WebhookFormat.JSON.checkAnswer("{\"code\":200}"));
        assertDoesNotThrow(() -> WebhookFormat.JSON.checkAnswer("accepted"));
    }
}
