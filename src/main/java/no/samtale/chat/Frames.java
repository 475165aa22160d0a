package no.samtale.chat;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The server's frames (docs/chat.md). Console frames name their conversation; visitor frames need not. */
final class Frames {

    private Frames() {
    }

    static Map<String, Object> of(String type, Object... keysAndValues) {
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("type", type);
        frame.putAll(fields(keysAndValues));
        return frame;
    }

    private static Map<String, Object> fields(Object... keysAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            fields.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return fields;
    }

    static Map<String, Object> error(ChatException e, String ref) {
        Map<String, Object> frame = of("error", "code", e.code(), "message", e.getMessage());
        if (ref != null) {
            frame.put("ref", ref);
        }
        return frame;
    }

    static Map<String, Object> message(ChatSocket socket, ChatMessage m) {
        Map<String, Object> frame = of("message");
        if (!socket.isVisitor()) {
            frame.put("conversationId", m.conversationId());
        }
        frame.put("seq", m.seq());
        frame.put("from", m.from());
        frame.put("text", m.text());
        frame.put("sentAt", m.sentAt());
        return frame;
    }

    static Map<String, Object> ack(ChatSocket socket, UUID conversationId, String clientMsgId, int seq) {
        return socket.isVisitor() ? of("ack", "clientMsgId", clientMsgId, "seq", seq)
                : of("ack", "conversationId", conversationId, "clientMsgId", clientMsgId, "seq", seq);
    }

    static Map<String, Object> typing(ChatSocket socket, UUID conversationId) {
        return socket.isVisitor() ? of("typing") : of("typing", "conversationId", conversationId);
    }

    static Map<String, Object> ended(ChatSocket socket, UUID conversationId, String by) {
        return socket.isVisitor() ? of("ended", "by", by) : of("ended", "conversationId", conversationId, "by", by);
    }

    static Map<String, Object> queued(UUID conversationId, int position) {
        return of("queued", "conversationId", conversationId, "position", position);
    }

    static Map<String, Object> joined(String counsellor) {
        return of("joined", "counsellor", counsellor);
    }

    static Map<String, Object> closed(String reason, OffsetDateTime nextOpening) {
        return of("closed", "reason", reason, "nextOpening", nextOpening);
    }

    static Map<String, Object> claimed(Conversation c) {
        return of("claimed", "conversationId", c.id(), "language", c.language(), "topic", c.topic(), "startedAt",
                c.queuedAt(), "lastSeq", c.lastSeq());
    }

    static Map<String, Object> transferred(UUID conversationId, String to) {
        return of("transferred", "conversationId", conversationId, "to", to);
    }

    static Map<String, Object> queue(List<ChatStore.Waiting> waiting, int listed) {
        List<Map<String, Object>> first = waiting.stream().limit(listed)
                .map(w -> fields("conversationId", w.conversationId(), "language", w.language(), "topic", w.topic(),
                        "waitingSince", w.waitingSince()))
                .toList();
        return of("queue", "waiting", first, "total", waiting.size());
    }
}
