package org.kaifang.notify;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.kaifang.config.NotifySettings;

/** A notice posted to a robot's webhook (企业微信, 钉钉, 飞书) or any receiver of JSON. */
final class WebhookChannel implements Channel {

    private final NotifySettings.Webhook webhook;
    private final WebhookFormat format;

    WebhookChannel(NotifySettings.Webhook webhook) {
        this.webhook = webhook;
        this.format = WebhookFormat.named(webhook.format());
    }

    @Override
    public String describe() {
        return webhook.format() + " webhook " + webhook.shown();
    }

    @Override
    public void deliver(Notice notice, Duration timeout) throws Exception {
        long now = System.currentTimeMillis();
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(format.address(webhook.url(), webhook.secret(), now)))
                .timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(format.body(notice, webhook.secret(), now), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        int status = response.statusCode();
        if (status >= 500 || status == 429) {
            throw new IllegalStateException("the receiver answered HTTP " + status);
        }
        if (status >= 300) {
            throw new PermanentFailure("the receiver refused the message: HTTP " + status);
        }
        format.checkAnswer(response.body());
    }
}
