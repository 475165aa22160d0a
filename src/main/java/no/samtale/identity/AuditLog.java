package no.samtale.identity;

import java.time.OffsetDateTime;
import java.util.List;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The audit trail that features write to. {@link #record} joins the caller's transaction, so an action and
 * its audit entry commit or fail together.
 */
@ApplicationScoped
public class AuditLog {

    public Uni<Void> record(Actor actor, String action, String subjectType, String subjectId, String detail) {
        AuditEntry entry = new AuditEntry();
        entry.occurredAt = OffsetDateTime.now();
        entry.staffId = actor.staffId();
        entry.staffUsername = actor.username();
        entry.action = action;
        entry.subjectType = subjectType;
        entry.subjectId = subjectId;
        entry.detail = shorten(detail);
        return entry.persist().replaceWithVoid();
    }

    /** The same entry for callers on the plain reactive client, inside their transaction {@code client}. */
    public Uni<Void> record(SqlClient client, Actor actor, String action, String subjectType, String subjectId,
            String detail) {
        return client.preparedQuery("INSERT INTO audit_entry (occurred_at, staff_id, staff_username, action,"
                + " subject_type, subject_id, detail) VALUES (now(), $1, $2, $3, $4, $5, $6)")
                .execute(Tuple.tuple(java.util.Arrays.asList(actor.staffId(), actor.username(), action, subjectType,
                        subjectId, shorten(detail))))
                .replaceWithVoid();
    }

    private static String shorten(String detail) {
        return detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
    }

    @WithSession
    public Uni<List<AuditEntry>> newestFirst(int page, int size, String action) {
        Sort newest = Sort.by("occurredAt", Sort.Direction.Descending).and("id", Sort.Direction.Descending);
        var query = action == null || action.isBlank()
                ? AuditEntry.<AuditEntry>findAll(newest)
                : AuditEntry.<AuditEntry>find("action", newest, action);
        return query.page(Page.of(page, size)).list();
    }
}
