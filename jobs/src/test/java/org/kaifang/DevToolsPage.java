package org.kaifang;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A page in headless Chromium driven over the DevTools protocol, as a phone shows it: a
 * device's width and pixel ratio emulated (a window alone cannot be narrower than 500 pixels),
 * a script run in the page and its value returned, a screenshot.
 * Chromium listens on 127.0.0.1 only, on a port it picks.
 */
public final class DevToolsPage implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process chromium;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> waiting = new ConcurrentHashMap<>();
    private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();

    private DevToolsPage(Process chromium, WebSocket.Builder builder, URI page) throws Exception {
        this.chromium = chromium;
        this.socket = builder.buildAsync(page, new Listener()).get(30, TimeUnit.SECONDS);
    }

    /** Opens Chromium with one blank page of the device's size (CSS pixels) and pixel ratio. */
    public static DevToolsPage open(Path chromium, Path profile, int width, int height, double pixelRatio)
            throws Exception {
        Files.createDirectories(profile);
        // no background connections: a closed network refuses them, many at a time
        Process process = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--hide-scrollbars", "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
                "--user-data-dir=" + profile, "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            Path portFile = profile.resolve("DevToolsActivePort");
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!Files.isRegularFile(portFile) || Files.readAllLines(portFile).isEmpty()) {
                if (System.nanoTime() > until || !process.isAlive()) {
                    throw new IOException("Chromium did not open its DevTools port");
                }
                Thread.sleep(50);
            }
            int port = Integer.parseInt(Files.readAllLines(portFile).get(0).strip());
            HttpClient http = HttpClient.newHttpClient();
            JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/json/list")).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body());
            String page = null;
            for (JsonNode target : targets) {
                if (target.get("type").asText().equals("page")) {
                    page = target.get("webSocketDebuggerUrl").asText();
                }
            }
            if (page == null) {
                throw new IOException("Chromium opened no page: " + targets);
            }
            DevToolsPage devTools = new DevToolsPage(process, http.newWebSocketBuilder(), URI.create(page));
            devTools.call("Page.enable", Map.of());
            devTools.call("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                    "deviceScaleFactor", pixelRatio, "mobile", true));
            return devTools;
        } catch (Exception e) {
            // no browser left behind by a test that failed to start it
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw e;
        }
    }

    /** Loads a page and waits for its load event. */
    public void navigate(URI url) throws Exception {
        // a load event of the page before (about:blank) must not answer for this one
        CompletableFuture<Void> load = new CompletableFuture<>();
        loaded = load;
        JsonNode reply = call("Page.navigate", Map.of("url", url.toString()));
        if (reply.hasNonNull("errorText")) {
            throw new IOException("cannot open " + url + ": " + reply.get("errorText").asText());
        }
        load.get(30, TimeUnit.SECONDS);
    }

    /** The value of a JavaScript expression in the page (JSON-able). */
    public JsonNode evaluate(String expression) throws Exception {
        JsonNode result = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true,
                "awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("the script failed: " + result.get("exceptionDetails"));
        }
        return result.get("result").get("value");
    }

    public void screenshot(Path png) throws Exception {
        Files.write(png, Base64.getDecoder().decode(call("Page.captureScreenshot", Map.of("format", "png"))
                .get("data").asText()));
    }

    private JsonNode call(String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        waiting.put(id, answer);
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", JSON.valueToTree(params));
        socket.sendText(JSON.writeValueAsString(message), true).get(10, TimeUnit.SECONDS);
        JsonNode reply = answer.get(60, TimeUnit.SECONDS);
        if (reply.has("error")) {
            throw new IllegalStateException(method + ": " + reply.get("error"));
        }
        return reply.get("result");
    }

    @Override
    public void close() throws Exception {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            // the browser is ended below either way
        }
        chromium.destroy();
        if (!chromium.waitFor(10, TimeUnit.SECONDS)) {
            chromium.descendants().forEach(ProcessHandle::destroyForcibly);
            chromium.destroyForcibly();
        }
    }

    /** Collects each message, which may come in parts, and hands replies and the load event on. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                try {
                    JsonNode message = JSON.readTree(text.toString());
                    if (message.has("id")) {
                        CompletableFuture<JsonNode> answer = waiting.remove(message.get("id").asInt());
                        if (answer != null) {
                            answer.complete(message);
                        }
                    } else if ("Page.loadEventFired".equals(message.path("method").asText())) {
                        loaded.complete(null);
                    }
                } catch (IOException e) {
                    waiting.values().forEach(w -> w.completeExceptionally(e));
                }
                text.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        /** Chromium gone: every caller hears it at once instead of at its timeout. */
        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            failAll(error);
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            failAll(new IOException("Chromium closed the connection: " + statusCode + " " + reason));
            return null;
        }

        private void failAll(Throwable error) {
            waiting.values().forEach(w -> w.completeExceptionally(error));
            loaded.completeExceptionally(error);
        }
    }
}
