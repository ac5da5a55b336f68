package org.kaifang.notify;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.kaifang.config.NotifySettings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A notice posted to a robot's webhook (企业微信, 钉钉, 飞书) or any receiver of JSON. */
final class WebhookChannel implements Channel {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final NotifySettings.Webhook webhook;
    private final WebhookFormat format;
    private final Duration timeout;
    private final HttpClient client;

    WebhookChannel(NotifySettings.Webhook webhook, Duration timeout) {
        this.webhook = webhook;
        this.format = WebhookFormat.named(webhook.format());
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public String describe() {
        return webhook.format() + " webhook " + webhook.shown();
    }

    @Override
    public void deliver(Notice notice) throws Exception {
        long now = System.currentTimeMillis();
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
        refusal(response.body());
    }

    /**
     * 企业微信 and 钉钉 answer HTTP 200 with {"errcode": 0} for a message taken and another code for
     * one refused (a wrong token or signature, a keyword missing); 飞书 with "code".
     */
    private static void refusal(String body) throws PermanentFailure {
        JsonNode answer;
        try {
            answer = MAPPER.readTree(body);
        } catch (Exception e) {
            // a receiver of the generic format may answer anything with its 2xx
            return;
        }
        for (String field : new String[] {"errcode", "code", "StatusCode"}) {
            JsonNode code = answer == null ? null : answer.get(field);
            if (code != null && code.isNumber() && code.asInt() != 0) {
                String message = answer.path("errmsg").asText(answer.path("msg").asText(""));
                throw new PermanentFailure("the robot refused the message: " + field + " " + code.asInt()
                        + (message.isEmpty() ? "" : " (" + message + ")"));
            }
        }
    }
}
