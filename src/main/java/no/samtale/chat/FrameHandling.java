package no.samtale.chat;

import java.util.function.BiFunction;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;

/**
 * What both sockets do with an incoming frame: rate limit, parse, hand it on, and turn any refusal or failure
 * into an {@code error} frame. The socket stays open whatever the client sent.
 */
final class FrameHandling {

    private static final Logger LOG = Logger.getLogger(FrameHandling.class);

    private FrameHandling() {
    }

    static Uni<Void> handle(ChatSocket socket, String text, ObjectMapper json,
            BiFunction<ChatSocket, Frame, Uni<Void>> handler) {
        Frame frame = null;
        try {
            if (!socket.allowFrame()) {
                throw new ChatException("rate-limited", "Too many frames at once; wait a moment.");
            }
            frame = Frame.parse(json, text);
            String ref = frame.ref();
            return handler.apply(socket, frame).onFailure().recoverWithItem(failure -> {
                socket.send(Frames.error(asChatException(failure), ref));
                return null;
            });
        } catch (RuntimeException failure) {
            socket.send(Frames.error(asChatException(failure), frame == null ? null : frame.ref()));
            return Uni.createFrom().voidItem();
        }
    }

    static ChatException unknownType(String type) {
        return new ChatException("unknown-type", "Unknown frame type" + (type.length() <= 30 ? " \"" + type + "\"." : "."));
    }

    private static ChatException asChatException(Throwable failure) {
        if (failure instanceof ChatException chat) {
            return chat;
        }
        // Never the frame or the message text: only what kind of failure it was.
        LOG.warnf("A chat frame failed: %s%s", failure.getClass().getName(),
                failure instanceof io.vertx.pgclient.PgException pg ? " (SQL state " + pg.getSqlState() + ")" : "");
        return new ChatException("unavailable", "That could not be done just now; nothing was changed. Try again.");
    }
}
