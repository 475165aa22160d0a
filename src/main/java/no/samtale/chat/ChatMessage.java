package no.samtale.chat;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One stored message; {@code from} is "visitor" or "counsellor". */
public record ChatMessage(UUID conversationId, int seq, String from, String text, OffsetDateTime sentAt) {

    static final String VISITOR = "visitor";
    static final String COUNSELLOR = "counsellor";
}
