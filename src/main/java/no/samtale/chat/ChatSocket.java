package no.samtale.chat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.bucket4j.Bucket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.vertx.core.Context;
import no.samtale.identity.Actor;

/**
 * One open socket, visitor or console. Everything about it (what it follows, what it has been sent) is touched
 * only on its own Vert.x context, so frames go out in the order they were decided and without locks.
 */
final class ChatSocket {

    private static final Logger LOG = Logger.getLogger(ChatSocket.class);

    enum Side {
        VISITOR, CONSOLE
    }

    final Side side;
    final WebSocketConnection connection;
    final Context context;
    /** The visitor's key (HMAC of the token's pseudonym); null on the console. */
    final byte[] visitorKey;
    /** The counsellor; null for a visitor. */
    final Actor staff;
    /** Set once the socket closed: nothing may follow a conversation on it any more. */
    volatile boolean closed;
    /** Conversations this socket receives, by id: a visitor follows one, a console those it holds. */
    final Map<UUID, Follow> follows = new HashMap<>();

    private final Bucket frames;
    private final ObjectMapper json;

    ChatSocket(Side side, WebSocketConnection connection, Context context, byte[] visitorKey, Actor staff,
            Bucket frames, ObjectMapper json) {
        this.side = side;
        this.connection = connection;
        this.context = context;
        this.visitorKey = visitorKey;
        this.staff = staff;
        this.json = json;
        this.frames = frames;
    }

    boolean isVisitor() {
        return side == Side.VISITOR;
    }

    boolean allowFrame() {
        return frames.tryConsume(1);
    }

    /** Runs on this socket's context, after everything queued on it before. */
    void later(Runnable task) {
        context.runOnContext(ignored -> task.run());
    }

    /**
     * Runs a task on this socket's context and completes once it ran, so that the frame that asked for it is
     * finished (and the next frame read) only after what it set up, such as following a conversation.
     */
    io.smallrye.mutiny.Uni<Void> onContext(Runnable task) {
        return io.smallrye.mutiny.Uni.createFrom().emitter(done -> later(() -> {
            try {
                task.run();
                done.complete(null);
            } catch (RuntimeException e) {
                done.fail(e);
            }
        }));
    }

    /** Sends a frame, in order with every other frame sent through here. */
    void send(Map<String, Object> frame) {
        sendText(write(json, frame));
    }

    /** Sends a frame already written as JSON (one written once for many sockets). */
    void sendText(String text) {
        later(() -> {
            if (connection.isOpen()) {
                connection.sendText(text).subscribe().with(ok -> {
                }, failure -> LOG.debugf("A frame was not sent: %s", failure.getMessage()));
            }
        });
    }

    static String write(ObjectMapper json, Map<String, Object> frame) {
        try {
            return json.writeValueAsString(frame);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A frame is always plain data", e);
        }
    }

    /** Where one socket stands in one conversation. */
    static final class Follow {
        final UUID conversationId;
        /** The last seq this socket was sent. */
        int cursor;
        /** A read from PostgreSQL is under way; events meanwhile only raise {@link #wanted}. */
        boolean catchingUp;
        int wanted;
        /** Last queue position sent (visitor), to send only changes. */
        int position;
        /** Runs once the next catch-up has finished (the state after a resume). */
        Runnable afterCatchUp;
        /** An end that waits until every message before it has been sent. */
        String pendingEnd;
        /** The state last told this socket: "queued", "active:&lt;staffId&gt;" or "ended". */
        String announced;

        Follow(UUID conversationId, int cursor) {
            this.conversationId = conversationId;
            this.cursor = cursor;
        }
    }
}
