package org.kaifang.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaifang.config.SettingsLoader.Overrides;

/** Notification channels from the config file and the environment; their secrets never shown. */
class NotifySettingsTest {

    @TempDir
    Path home;

    private NotifySettings load(Map<String, String> env, String file) throws Exception {
        Files.writeString(home.resolve("kaifang.properties"), file);
        Map<String, String> all = new java.util.HashMap<>(env);
        all.put("KAIFANG_HOME", home.toString());
        return new SettingsLoader(all, home).load(Overrides.none()).notifications();
    }

    @Test
    void nothingConfiguredSendsNothing() throws Exception {
        NotifySettings none = load(Map.of(), "");
        assertFalse(none.any());
        assertEquals(List.of(2, Duration.ofSeconds(6)), List.of(none.retries(), none.deadline()));
    }

    @Test
    void anEmailFromTheFileAndAWebhookFromTheEnvironment() throws Exception {
        NotifySettings settings = load(Map.of(
                        "KAIFANG_NOTIFY_WEBHOOK_URL", "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k-123&debug=1",
                        "KAIFANG_NOTIFY_WEBHOOK_FORMAT", "WeCom",
                        "KAIFANG_NOTIFY_EMAIL_PASSWORD", "pw-from-env"),
                "notify.email.host = smtp.stats.local\nnotify.email.security = starttls\nnotify.email.user = kaifang\n"
                        + "notify.email.from = kaifang@stats.local\nnotify.email.to = a@stats.local; b@stats.local\n"
                        + "notify.retries = 1\nnotify.deadline = 5\n");
        assertEquals(new NotifySettings.Email("smtp.stats.local", 587, "starttls", "kaifang", "pw-from-env",
                "kaifang@stats.local", List.of("a@stats.local", "b@stats.local")), settings.email());
        assertEquals("wecom", settings.webhook().format());
        assertEquals(List.of(1, Duration.ofSeconds(5)), List.of(settings.retries(), settings.deadline()));
        // every printed form hides the password and the robot's key
        String shown = settings.toString();
        assertFalse(shown.contains("pw-from-env") || shown.contains("k-123"), shown);
        assertEquals("https://qyapi.weixin.qq.com/…", settings.webhook().shown());
        assertEquals("login as kaifang with *** at https://qyapi.weixin.qq.com/…",
                settings.redact("login as kaifang with pw-from-env at "
                        + "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k-123&debug=1"));
    }

    @Test
    void aTokenInThePathIsHiddenWhateverTheFormat() {
        for (String format : List.of("feishu", "json")) {
            assertEquals("https://open.feishu.cn:8443/…", new NotifySettings.Webhook(
                    "https://open.feishu.cn:8443/open-apis/bot/v2/hook/0f1e-token", format, null).shown());
        }
    }

    @Test
    void aLoginIsRefusedInClearTextOverTheNetworkButNotOnThisMachine() throws Exception {
        String file = "notify.email.from = k@s\nnotify.email.to = o@s\nnotify.email.user = ops\nnotify.email.password = pw-secret-1\n";
        ConfigurationException clear = assertThrows(ConfigurationException.class,
                () -> load(Map.of(), "notify.email.host = smtp.stats.local\n" + file));
        assertTrue(clear.getMessage().contains("clear text to smtp.stats.local") && !clear.getMessage().contains("pw-secret-1"),
                clear.getMessage());
        assertEquals(25, load(Map.of(), "notify.email.host = 127.0.0.1\n" + file).email().port());
        assertEquals(465, load(Map.of(), "notify.email.host = smtp.stats.local\nnotify.email.security = ssl\n" + file)
                .email().port());
    }

    @Test
    void aBadSettingIsNamed() {
        ConfigurationException noRecipients = assertThrows(ConfigurationException.class,
                () -> load(Map.of(), "notify.email.host = smtp\nnotify.email.from = k@s\n"));
        assertTrue(noRecipients.getMessage().startsWith("notify.email.to is not set"), noRecipients.getMessage());
        ConfigurationException format = assertThrows(ConfigurationException.class,
                () -> load(Map.of(), "notify.webhook.url = https://x/y\nnotify.webhook.format = slack\n"));
        assertEquals("notify.webhook.format 'slack': expected one of wecom, dingtalk, feishu, json", format.getMessage());
        ConfigurationException unknown = assertThrows(ConfigurationException.class,
                () -> load(Map.of(), "notify.email.hots = smtp\n"));
        assertTrue(unknown.getMessage().contains("unknown setting 'notify.email.hots'")
                && unknown.getMessage().contains("notify.email.host"), unknown.getMessage());
    }
}
