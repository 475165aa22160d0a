package no.samtale.chat;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Something that happened to a conversation, delivered to the sockets of this instance and announced to the
 * others with NOTIFY. A message event names only its seq: instances that hold a socket for it read it from
 * PostgreSQL, so notifications stay small; {@code message} rides along only inside this instance.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChatEvent(Kind kind, UUID conversationId, Integer seq, String from, UUID staffId, UUID toStaffId,
        String name, String by, @JsonIgnore ChatMessage message) {

    public enum Kind {
        MESSAGE, TYPING, CLAIMED, TRANSFERRED, ENDED, QUEUE
    }

    static ChatEvent message(ChatMessage message) {
        return new ChatEvent(Kind.MESSAGE, message.conversationId(), message.seq(), message.from(), null, null, null,
                null, message);
    }

    static ChatEvent typing(UUID conversationId, String from) {
        return new ChatEvent(Kind.TYPING, conversationId, null, from, null, null, null, null, null);
    }

    static ChatEvent claimed(Conversation conversation) {
        return new ChatEvent(Kind.CLAIMED, conversation.id(), null, null, conversation.counsellorId(), null,
                conversation.counsellorName(), null, null);
    }

    static ChatEvent transferred(Conversation conversation, UUID fromStaffId) {
        return new ChatEvent(Kind.TRANSFERRED, conversation.id(), null, null, fromStaffId,
                conversation.counsellorId(), conversation.counsellorName(), null, null);
    }

    static ChatEvent ended(UUID conversationId, UUID staffId, String by) {
        return new ChatEvent(Kind.ENDED, conversationId, null, null, staffId, null, null, by, null);
    }

    static ChatEvent queueChanged() {
        return new ChatEvent(Kind.QUEUE, null, null, null, null, null, null, null, null);
    }

    /** The same event without the local-only message, as another instance receives it. */
    ChatEvent withoutMessage() {
        return new ChatEvent(kind, conversationId, seq, from, staffId, toStaffId, name, by, null);
    }
}
