package no.samtale.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.RestAssured;

/**
 * A real WebSocket client (the JDK's) for the chat sockets: it records every frame it receives, and tests wait
 * for the frames they expect.
 */
public final class ChatClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    public static final Duration WAIT = Duration.ofSeconds(10);

    private final WebSocket socket;
    private final List<JsonNode> frames = new ArrayList<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private int read;

    private ChatClient(WebSocket.Builder builder, URI uri) {
        Listener listener = new Listener();
        this.socket = builder.buildAsync(uri, listener).join();
    }

    /** Opens {@code path} on the test instance with a bearer token and the test instance's own Origin. */
    public static ChatClient open(String path, String token) {
        return open(base(), path, token, origin());
    }

    public static ChatClient open(String base, String path, String token, String origin) {
        return open(base, path, token, origin, Map.of());
    }

    /** With extra handshake headers, such as a forwarded client address. */
    public static ChatClient open(String base, String path, String token, String origin, Map<String, String> headers) {
        WebSocket.Builder builder = HTTP.newWebSocketBuilder().connectTimeout(WAIT);
        headers.forEach(builder::header);
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (origin != null) {
            builder.header("Origin", origin);
        }
        return new ChatClient(builder, URI.create(base.replaceFirst("^http", "ws") + path));
    }

    /** The HTTP status a refused handshake got, or 101 if the socket opened (and was then closed). */
    public static int handshakeStatus(String path, String token, String origin, String... subprotocols) {
        WebSocket.Builder builder = HTTP.newWebSocketBuilder().connectTimeout(WAIT);
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (origin != null) {
            builder.header("Origin", origin);
        }
        if (subprotocols.length > 0) {
            builder.subprotocols(subprotocols[0], java.util.Arrays.copyOfRange(subprotocols, 1, subprotocols.length));
        }
        try {
            WebSocket ws = builder.buildAsync(URI.create(base().replaceFirst("^http", "ws") + path),
                    new WebSocket.Listener() {
                    }).join();
            ws.abort();
            return 101;
        } catch (CompletionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException handshake) {
                return handshake.getResponse().statusCode();
            }
            throw e;
        }
    }

    public static String base() {
        return "http://localhost:" + RestAssured.port;
    }

    public static String origin() {
        return "http://localhost:" + RestAssured.port;
    }

    public ChatClient send(Map<String, ?> frame) {
        try {
            return sendRaw(JSON.writeValueAsString(frame));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public ChatClient sendRaw(String text) {
        socket.sendText(text, true).join();
        return this;
    }

    /** Waits for the next frame (after those already taken) of this type, skipping others. */
    public JsonNode next(String type) {
        return next(f -> type.equals(f.path("type").asText()), type);
    }

    public synchronized JsonNode next(Predicate<JsonNode> wanted, String what) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            while (read < frames.size()) {
                JsonNode frame = frames.get(read++);
                if (wanted.test(frame)) {
                    return frame;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                fail("No " + what + " frame within " + WAIT + "; received " + frames);
            }
            try {
                wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("Interrupted");
            }
        }
    }

    /** Every frame received so far, in order. */
    public synchronized List<JsonNode> frames() {
        return List.copyOf(frames);
    }

    /** Frames of a type received so far. */
    public synchronized List<JsonNode> all(String type) {
        return frames.stream().filter(f -> type.equals(f.path("type").asText())).toList();
    }

    /** Waits a moment and answers whether no further frame of this type arrived. */
    public boolean quietFor(String type, Duration wait) {
        int before = all(type).size();
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return all(type).size() == before;
    }

    public boolean isOpen() {
        return !socket.isInputClosed() && !closed.isDone();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(e -> null);
        }
        socket.abort();
    }

    private synchronized void add(String text) {
        try {
            frames.add(JSON.readTree(text));
        } catch (Exception e) {
            fail("The server sent something that is not JSON: " + text);
        }
        notifyAll();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                add(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(-1);
        }
    }
}
