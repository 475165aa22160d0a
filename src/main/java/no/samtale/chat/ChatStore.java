package no.samtale.chat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import no.samtale.identity.Actor;
import no.samtale.identity.AuditLog;

/**
 * Conversations and messages on the plain reactive client: the hot path (one statement per message) and the
 * state changes whose races PostgreSQL settles (claim, transfer, end).
 */
@ApplicationScoped
public class ChatStore {

    /** The result of storing a message: {@code duplicate} when the clientMsgId had been stored before. */
    public record Appended(ChatMessage message, boolean duplicate) {
    }

    private static final String UNIQUE_VIOLATION = "23505";

    /*
     * Taking the next seq and inserting the message is one statement, so seq has no gaps: a failed insert rolls
     * the counter back with it. A resend finds the stored row. Two racing resends: the loser's insert breaks the
     * unique key and the whole statement rolls back; append() then reads the winner's row.
     */
    static final String APPEND = """
            WITH existing AS (
                SELECT seq, text, sent_at FROM chat_message
                WHERE conversation_id = $1 AND sender = $2 AND client_msg_id = $3),
            bump AS (
                UPDATE chat_conversation SET last_seq = last_seq + 1
                WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM existing)
                  AND (($2 = 'visitor' AND status <> 'ended') OR ($2 = 'counsellor' AND status = 'active' AND counsellor_id = $4))
                RETURNING last_seq),
            inserted AS (
                INSERT INTO chat_message (conversation_id, seq, sender, staff_id, client_msg_id, text, sent_at)
                SELECT $1, last_seq, $2, $4, $3, $5, now() FROM bump
                RETURNING seq, text, sent_at)
            SELECT seq, text, sent_at, false AS duplicate FROM inserted
            UNION ALL
            SELECT seq, text, sent_at, true AS duplicate FROM existing""";

    private final Pool pool;
    private final MessageWriter writer;
    private final AuditLog audit;

    ChatStore(Pool pool, MessageWriter writer, AuditLog audit) {
        this.pool = pool;
        this.writer = writer;
        this.audit = audit;
    }

    // --- Visitor side ------------------------------------------------------------------------------------------

    public Uni<Conversation> start(byte[] visitorKey, String language, String topic) {
        UUID id = UUID.randomUUID();
        return pool.preparedQuery("INSERT INTO chat_conversation (id, visitor_key, language, topic, status, queued_at,"
                + " visitor_seen_at) VALUES ($1, $2, $3, $4, 'queued', now(), now())")
                .execute(Tuple.tuple(Arrays.asList(id, Buffer.buffer(visitorKey), language,
                        topic)))
                .onFailure(ChatStore::isUniqueViolation)
                .transform(e -> new ChatException("conversation-open",
                        "You already have a conversation open; it continues here."))
                .chain(() -> find(id).map(Optional::orElseThrow));
    }

    public Uni<Optional<Conversation>> latestForVisitor(byte[] visitorKey) {
        return one("SELECT " + Conversation.COLUMNS + Conversation.FROM
                + "WHERE c.visitor_key = $1 ORDER BY c.queued_at DESC LIMIT 1",
                Tuple.of(Buffer.buffer(visitorKey)), Conversation::of);
    }

    public Uni<Optional<Conversation>> find(UUID id) {
        return find(pool, id);
    }

    /** Ends the visitor's open conversation; empty when there was none. */
    public Uni<Optional<Conversation>> endByVisitor(byte[] visitorKey) {
        return pool.preparedQuery("UPDATE chat_conversation SET status = 'ended', ended_at = now(), ended_by = 'visitor'"
                + " WHERE visitor_key = $1 AND status <> 'ended' RETURNING id")
                .execute(Tuple.of(Buffer.buffer(visitorKey)))
                .chain(rows -> rows.size() == 0 ? Uni.createFrom().item(Optional.<Conversation>empty())
                        : find(rows.iterator().next().getUUID("id")));
    }

    /** Deletes every conversation of this visitor with its messages and notes; answers the ones deleted. */
    public Uni<List<Conversation>> erase(byte[] visitorKey) {
        return many("DELETE FROM chat_conversation c WHERE c.visitor_key = $1 RETURNING c.id, c.language, c.topic,"
                + " c.status, c.counsellor_id, NULL::varchar AS display_name, c.queued_at, c.claimed_at, c.ended_at,"
                + " c.ended_by, c.last_seq", Tuple.of(Buffer.buffer(visitorKey)),
                Conversation::of);
    }

    /** The visitor has a socket open for these conversations (after a resume, and regularly while it stays). */
    public Uni<Void> visitorSeen(List<UUID> conversationIds) {
        if (conversationIds.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        // Only rows not confirmed for a while, and never waiting for a row a message is being stored in: these
        // rows take every message's seq, and a bulk update holding them would hold up the chats.
        return pool.preparedQuery("UPDATE chat_conversation c SET visitor_seen_at = now() FROM (SELECT id FROM"
                + " chat_conversation WHERE id = ANY($1) AND status <> 'ended' AND visitor_seen_at < now() - interval '30 seconds'"
                + " FOR UPDATE SKIP LOCKED) stale WHERE c.id = stale.id")
                .execute(Tuple.of(conversationIds.toArray(UUID[]::new))).replaceWithVoid();
    }

    // --- Messages ----------------------------------------------------------------------------------------------

    /** Stores a message from the visitor ({@code staffId} null) or the holding counsellor, or says why not. */
    public Uni<Appended> append(UUID conversationId, String from, UUID staffId, String clientMsgId, String text) {
        Tuple args = Tuple.tuple(Arrays.asList(conversationId, from, clientMsgId, staffId, text));
        return writer.append(conversationId, from, staffId, clientMsgId, text)
                .onFailure(ChatStore::isUniqueViolation).recoverWithUni(() -> pool.preparedQuery(APPEND).execute(args))
                .onFailure(e -> !(e instanceof ChatException)).transform(e -> ChatException.unavailable())
                .chain(rows -> {
                    if (rows.size() > 0) {
                        Row row = rows.iterator().next();
                        ChatMessage message = new ChatMessage(conversationId, row.getInteger("seq"), from,
                                row.getString("text"), row.getOffsetDateTime("sent_at"));
                        return Uni.createFrom().item(new Appended(message, row.getBoolean("duplicate")));
                    }
                    return find(conversationId).onFailure().transform(e -> ChatException.unavailable())
                            .map(found -> {
                                Conversation c = found.orElseThrow(ChatException::noConversation);
                                throw c.isEnded() ? ChatException.ended() : ChatException.notYours();
                            });
                });
    }

    public Uni<List<ChatMessage>> messagesAfter(UUID conversationId, int afterSeq, int limit) {
        return many("SELECT seq, sender, text, sent_at FROM chat_message WHERE conversation_id = $1 AND seq > $2"
                + " ORDER BY seq LIMIT $3", Tuple.of(conversationId, afterSeq, limit),
                row -> new ChatMessage(conversationId, row.getInteger("seq"), row.getString("sender"),
                        row.getString("text"), row.getOffsetDateTime("sent_at")));
    }

    // --- Counsellor side ---------------------------------------------------------------------------------------

    /** Takes a queued conversation. Of racing claims, the row lock lets exactly one through. */
    public Uni<Conversation> claim(UUID conversationId, Actor staff, int maxChats) {
        return pool.withTransaction(tx -> lockCounsellor(tx, staff.staffId(), maxChats)
                .chain(() -> tx.preparedQuery("UPDATE chat_conversation SET status = 'active', counsellor_id = $2,"
                        + " claimed_at = now() WHERE id = $1 AND status = 'queued' RETURNING id")
                        .execute(Tuple.of(conversationId, staff.staffId())))
                .chain(rows -> {
                    if (rows.size() == 0) {
                        return find(tx, conversationId).map(found -> {
                            throw found.isEmpty() ? ChatException.noConversation()
                                    : new ChatException("already-claimed", "Someone else has taken that conversation.");
                        });
                    }
                    return audit.record(tx, staff, "chat.claim", "conversation", conversationId.toString(), null)
                            .chain(() -> find(tx, conversationId)).map(Optional::orElseThrow);
                }));
    }

    /** Hands a conversation the caller holds to another counsellor who is present and under the limit. */
    public Uni<Conversation> transfer(UUID conversationId, Actor from, UUID toStaffId, int maxChats,
            Duration presenceTimeout) {
        return pool.withTransaction(tx -> tx.preparedQuery("SELECT a.username FROM staff_account a"
                + " JOIN chat_presence p ON p.staff_id = a.id WHERE a.id = $1 AND NOT a.disabled"
                + " AND a.roles LIKE '%counsellor%' AND p.status = 'available' AND p.seen_at > now() - $2::int * interval '1 second'")
                .execute(Tuple.of(toStaffId, (int) presenceTimeout.toSeconds()))
                .chain(rows -> {
                    if (rows.size() == 0 || toStaffId.equals(from.staffId())) {
                        throw new ChatException("not-available", "That counsellor cannot take it now.");
                    }
                    String toUsername = rows.iterator().next().getString("username");
                    return lockCounsellor(tx, toStaffId, maxChats)
                            .chain(() -> tx.preparedQuery("UPDATE chat_conversation SET counsellor_id = $3"
                                    + " WHERE id = $1 AND status = 'active' AND counsellor_id = $2 RETURNING id")
                                    .execute(Tuple.of(conversationId, from.staffId(), toStaffId)))
                            .chain(updated -> {
                                if (updated.size() == 0) {
                                    throw ChatException.notYours();
                                }
                                return audit.record(tx, from, "chat.transfer", "conversation",
                                        conversationId.toString(), "to " + toUsername);
                            })
                            .chain(() -> find(tx, conversationId)).map(Optional::orElseThrow);
                }));
    }

    public Uni<Conversation> endByCounsellor(UUID conversationId, Actor staff) {
        return pool.withTransaction(tx -> tx.preparedQuery("UPDATE chat_conversation SET status = 'ended',"
                + " ended_at = now(), ended_by = 'counsellor' WHERE id = $1 AND status = 'active' AND counsellor_id = $2"
                + " RETURNING id").execute(Tuple.of(conversationId, staff.staffId()))
                .chain(rows -> {
                    if (rows.size() == 0) {
                        throw ChatException.notYours();
                    }
                    return audit.record(tx, staff, "chat.end", "conversation", conversationId.toString(), null);
                })
                .chain(() -> find(tx, conversationId)).map(Optional::orElseThrow));
    }

    public Uni<List<Conversation>> heldBy(UUID staffId) {
        return many("SELECT " + Conversation.COLUMNS + Conversation.FROM
                + "WHERE c.counsellor_id = $1 AND c.status = 'active' ORDER BY c.claimed_at", Tuple.of(staffId),
                Conversation::of);
    }

    /** One serialising lock per counsellor, so two claims at once cannot both pass the limit. */
    private Uni<Void> lockCounsellor(SqlClient tx, UUID staffId, int maxChats) {
        return tx.preparedQuery("SELECT id FROM staff_account WHERE id = $1 FOR UPDATE").execute(Tuple.of(staffId))
                .chain(() -> tx.preparedQuery("SELECT count(*) AS held FROM chat_conversation"
                        + " WHERE counsellor_id = $1 AND status = 'active'").execute(Tuple.of(staffId)))
                .map(rows -> {
                    if (rows.iterator().next().getLong("held") >= maxChats) {
                        throw new ChatException("chat-limit",
                                "That would be more than " + maxChats + " conversations at once.");
                    }
                    return null;
                });
    }

    // --- Queue -------------------------------------------------------------------------------------------------

    public record Waiting(UUID conversationId, String language, String topic, OffsetDateTime waitingSince) {
    }

    /** Everyone waiting, first in line first. */
    public Uni<List<Waiting>> queue() {
        return many("SELECT id, language, topic, queued_at FROM chat_conversation WHERE status = 'queued'"
                + " ORDER BY queued_at, id", Tuple.tuple(),
                row -> new Waiting(row.getUUID("id"), row.getString("language"), row.getString("topic"),
                        row.getOffsetDateTime("queued_at")));
    }

    public Uni<Integer> positionOf(Conversation conversation) {
        return pool.preparedQuery("SELECT count(*) AS ahead FROM chat_conversation WHERE status = 'queued'"
                + " AND (queued_at, id) < ($1, $2)").execute(Tuple.of(conversation.queuedAt(), conversation.id()))
                .map(rows -> (int) (rows.iterator().next().getLong("ahead") + 1));
    }

    public Uni<Integer> waitingCount() {
        return pool.query("SELECT count(*) AS waiting FROM chat_conversation WHERE status = 'queued'").execute()
                .map(rows -> rows.iterator().next().getLong("waiting").intValue());
    }

    /** What {@link #endAbandoned} ended, with the counsellor who held it (null for a queued one). */
    public record Abandoned(UUID conversationId, UUID counsellorId) {
    }

    /**
     * Ends conversations whose visitor has been away too long: queued ones after {@code queueGrace}, active
     * ones (which hold a counsellor's place and would never reach retention) after {@code activeGrace}.
     */
    public Uni<List<Abandoned>> endAbandoned(Duration queueGrace, Duration activeGrace) {
        return many("UPDATE chat_conversation SET status = 'ended', ended_at = now(), ended_by = 'timeout'"
                + " WHERE (status = 'queued' AND visitor_seen_at < now() - $1::int * interval '1 second')"
                + " OR (status = 'active' AND visitor_seen_at < now() - $2::int * interval '1 second')"
                + " RETURNING id, counsellor_id",
                Tuple.of((int) queueGrace.toSeconds(), (int) activeGrace.toSeconds()),
                row -> new Abandoned(row.getUUID("id"), row.getUUID("counsellor_id")));
    }

    public Uni<Long> deleteEndedBefore(OffsetDateTime cutoff) {
        return pool.preparedQuery("DELETE FROM chat_conversation WHERE status = 'ended' AND ended_at < $1")
                .execute(Tuple.of(cutoff)).map(rows -> (long) rows.rowCount());
    }

    // --- Helpers -----------------------------------------------------------------------------------------------

    private Uni<Optional<Conversation>> find(SqlClient client, UUID id) {
        return client.preparedQuery("SELECT " + Conversation.COLUMNS + Conversation.FROM + "WHERE c.id = $1")
                .execute(Tuple.of(id)).map(rows -> first(rows, Conversation::of));
    }

    private <T> Uni<Optional<T>> one(String sql, Tuple args, Function<Row, T> mapper) {
        return pool.preparedQuery(sql).execute(args).map(rows -> first(rows, mapper));
    }

    private <T> Uni<List<T>> many(String sql, Tuple args, Function<Row, T> mapper) {
        return pool.preparedQuery(sql).execute(args).map(rows -> {
            List<T> list = new ArrayList<>(rows.size());
            rows.forEach(row -> list.add(mapper.apply(row)));
            return list;
        });
    }

    private static <T> Optional<T> first(RowSet<Row> rows, Function<Row, T> mapper) {
        return rows.size() == 0 ? Optional.empty() : Optional.of(mapper.apply(rows.iterator().next()));
    }

    private static boolean isUniqueViolation(Throwable e) {
        return e instanceof PgException pg && UNIQUE_VIOLATION.equals(pg.getSqlState());
    }
}
