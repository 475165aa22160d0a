package no.samtale.chat;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.vertx.mutiny.sqlclient.Row;

/** A conversation as stored, with the holding counsellor's display name when there is one. */
public record Conversation(UUID id, String language, String topic, String status, UUID counsellorId,
        String counsellorName, OffsetDateTime queuedAt, OffsetDateTime claimedAt, OffsetDateTime endedAt,
        String endedBy, int lastSeq) {

    static final String QUEUED = "queued";
    static final String ACTIVE = "active";
    static final String ENDED = "ended";

    /** The columns {@link #of} reads, for {@code FROM chat_conversation c LEFT JOIN staff_account s ...}. */
    static final String COLUMNS = "c.id, c.language, c.topic, c.status, c.counsellor_id, s.display_name,"
            + " c.queued_at, c.claimed_at, c.ended_at, c.ended_by, c.last_seq";

    static final String FROM = " FROM chat_conversation c LEFT JOIN staff_account s ON s.id = c.counsellor_id ";

    static Conversation of(Row row) {
        return new Conversation(row.getUUID("id"), row.getString("language"), row.getString("topic"),
                row.getString("status"), row.getUUID("counsellor_id"), row.getString("display_name"),
                row.getOffsetDateTime("queued_at"), row.getOffsetDateTime("claimed_at"),
                row.getOffsetDateTime("ended_at"), row.getString("ended_by"), row.getInteger("last_seq"));
    }

    boolean isQueued() {
        return QUEUED.equals(status);
    }

    boolean isActive() {
        return ACTIVE.equals(status);
    }

    boolean isEnded() {
        return ENDED.equals(status);
    }

    boolean heldBy(UUID staffId) {
        return isActive() && staffId.equals(counsellorId);
    }
}
