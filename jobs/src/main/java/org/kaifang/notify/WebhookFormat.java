package org.kaifang.notify;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The bodies robots take: 企业微信 and 钉钉 a text message ({"msgtype": "text", …}), 飞书
 * ({"msg_type": "text", …}), and a generic JSON with the notice's events for any other
 * receiver. 钉钉 and 飞书 robots with signing on check a timestamp signed with the robot's
 * secret (HMAC-SHA256, Base64): 钉钉 in the address, 飞书 in the body.
 */
enum WebhookFormat {
    WECOM, DINGTALK, FEISHU, JSON;

    /** 企业微信's text message holds at most 2,048 bytes; 钉钉's and 飞书's more: every format keeps to the least. */
    static final int MAX_TEXT_BYTES = 2000;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static WebhookFormat named(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** The request body for a notice; {@code secret} signs a 飞书 message, null when unsigned. */
    String body(Notice notice, String secret, long timestampMillis) {
        String text = shortened(notice.text());
        Map<String, Object> body = new LinkedHashMap<>();
        switch (this) {
            case WECOM, DINGTALK -> {
                body.put("msgtype", "text");
                body.put("text", Map.of("content", text));
            }
            case FEISHU -> {
                if (secret != null) {
                    long seconds = timestampMillis / 1000;
                    body.put("timestamp", String.valueOf(seconds));
                    // 飞书 signs nothing with the key timestamp + "\n" + secret
                    body.put("sign", hmac(seconds + "\n" + secret, new byte[0]));
                }
                body.put("msg_type", "text");
                body.put("content", Map.of("text", text));
            }
            case JSON -> {
                body.put("source", "kaifang");
                body.put("title", notice.title());
                body.put("severity", notice.severity());
                body.put("run_date", notice.runDate());
                body.put("exit_code", notice.exitCode());
                body.put("text", notice.text());
                body.put("events", notice.events().stream().map(e -> {
                    Map<String, Object> event = new LinkedHashMap<>();
                    event.put("kind", e.kind());
                    event.put("severity", e.severity());
                    event.put("summary", e.summary());
                    event.put("details", e.details());
                    return event;
                }).toList());
            }
        }
        try {
            return MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the webhook's body", e);
        }
    }

    /**
     * Reads a robot's answer: 企业微信 and 钉钉 answer HTTP 200 with {"errcode": 0} for a message
     * taken, 飞书 with {"code": 0} (older robots {"StatusCode": 0}); another code is a refusal (a
     * wrong token or signature, a keyword missing), worth retrying only when it means "too many
     * messages" (企业微信 45009, 钉钉 130101, 飞书 11232). A receiver of the generic format may
     * answer anything with its 2xx.
     *
     * @throws IllegalStateException          a refusal to retry
     * @throws Channel.PermanentFailure       a refusal no retry changes
     */
    void checkAnswer(String body) throws Channel.PermanentFailure {
        String field = switch (this) {
            case WECOM, DINGTALK -> "errcode";
            case FEISHU -> "code";
            case JSON -> null;
        };
        if (field == null) {
            return;
        }
        JsonNode answer;
        try {
            answer = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new Channel.PermanentFailure("the robot answered what is not JSON: " + shortened(body));
        }
        JsonNode code = answer == null ? null : answer.has(field) ? answer.get(field) : answer.get("StatusCode");
        if (code == null || !code.isNumber() || code.asInt() == 0) {
            return;
        }
        String message = answer.path("errmsg").asText(answer.path("msg").asText(answer.path("StatusMessage").asText("")));
        String refusal = "the robot refused the message: " + field + " " + code.asInt()
                + (message.isEmpty() ? "" : " (" + message + ")");
        if (RATE_LIMITED.contains(code.asInt())) {
            throw new IllegalStateException(refusal);
        }
        throw new Channel.PermanentFailure(refusal);
    }

    /** The robots' codes for "too many messages in a minute": 企业微信, 钉钉, 飞书. */
    private static final Set<Integer> RATE_LIMITED = Set.of(45009, 130101, 11232);

    /** The address to post to: 钉钉's with its signature added when the robot is signed. */
    String address(String url, String secret, long timestampMillis) {
        if (this != DINGTALK || secret == null) {
            return url;
        }
        // 钉钉 signs timestamp + "\n" + secret with the key secret
        String sign = hmac(secret, (timestampMillis + "\n" + secret).getBytes(StandardCharsets.UTF_8));
        return url + (url.contains("?") ? "&" : "?") + "timestamp=" + timestampMillis + "&sign="
                + URLEncoder.encode(sign, StandardCharsets.UTF_8);
    }

    static String hmac(String key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java", e);
        }
    }

    /** The text cut at a line to fit the robots' limit, saying so. */
    static String shortened(String text) {
        if (text.getBytes(StandardCharsets.UTF_8).length <= MAX_TEXT_BYTES) {
            return text;
        }
        StringBuilder kept = new StringBuilder();
        int bytes = 0;
        for (String line : List.of(text.split("\n"))) {
            int size = (line + "\n").getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > MAX_TEXT_BYTES - 40) {
                break;
            }
            kept.append(line).append('\n');
            bytes += size;
        }
        return kept.append("…").toString();
    }
}
