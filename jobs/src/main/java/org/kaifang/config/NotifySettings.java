package org.kaifang.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * Where the nightly tells operators of a failed run, an overdue source or an indicator fallen
 * behind 序时进度: an email over SMTP and one webhook (企业微信, 钉钉 or 飞书 robots, or
 * generic JSON), either or both. Secrets (the SMTP password, the webhook's signing secret and
 * the token in its address) are never printed: {@link #toString} and {@link #redact} hide them.
 *
 * @param retries  attempts after the first, per channel, while the deadline allows
 * @param deadline the longest the run waits for every delivery together
 * @param figures  whether messages carry figures (shares of targets, rates, a failing check's
 *                 text, the value in a rejected cell): false where messages pass through a
 *                 public cloud's robots and figures not yet published must not
 */
public record NotifySettings(Email email, Webhook webhook, int retries, Duration deadline, boolean figures) {

    public static final int DEFAULT_RETRIES = 2;
    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(6);

    /** Whether any channel is configured: without one, nothing is composed or sent. */
    public boolean any() {
        return email != null || webhook != null;
    }

    /**
     * @param security none (plain SMTP), starttls or ssl
     * @param user     null: the server takes mail without logging in
     */
    public record Email(String host, int port, String security, String user, String password, String from,
                        List<String> to) {

        @Override
        public String toString() {
            return "Email[" + host + ":" + port + " " + security + (user == null ? "" : ", user " + user)
                    + ", from " + from + ", to " + to + "]";
        }
    }

    /**
     * @param format wecom, dingtalk, feishu or json
     * @param secret 钉钉/飞书's signing secret; null when the robot is not signed
     */
    public record Webhook(String url, String format, String secret) {

        /**
         * The address as a log may show it: scheme, host and port. A robot's token is in its
         * query (企业微信's key, 钉钉's access_token) or its path (飞书's hook, most others').
         */
        public String shown() {
            URI uri;
            try {
                uri = URI.create(url);
            } catch (IllegalArgumentException e) {
                return "(an address that is not a URL)";
            }
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + "/…";
        }

        @Override
        public String toString() {
            return "Webhook[" + format + " " + shown() + (secret == null ? "" : ", signed") + "]";
        }
    }

    /** {@code text} with every secret of these settings replaced by ***: for any message that reaches a log. */
    public String redact(String text) {
        if (text == null) {
            return null;
        }
        String redacted = text;
        if (email != null && email.password() != null && !email.password().isEmpty()) {
            redacted = redacted.replace(email.password(), "***");
        }
        if (webhook != null) {
            redacted = redacted.replace(webhook.url(), webhook.shown());
            if (webhook.secret() != null && !webhook.secret().isEmpty()) {
                redacted = redacted.replace(webhook.secret(), "***");
            }
        }
        return redacted;
    }
}
