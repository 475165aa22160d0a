package no.samtale.chat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Which counsellors are at their console and taking chats. Each instance keeps the status of the counsellors
 * whose sockets it holds and confirms it in {@code chat_presence} regularly; a row not confirmed within
 * {@code samtale.chat.presence-timeout} (an instance that died) no longer counts.
 */
@ApplicationScoped
public class Presence {

    static final String AVAILABLE = "available";
    static final String AWAY = "away";

    /** Status and number of open console sockets, per counsellor with a socket here. */
    private final Map<UUID, Local> local = new ConcurrentHashMap<>();
    private final Pool pool;
    private final ChatConfig config;

    private record Local(String status, int sockets) {
    }

    Presence(Pool pool, ChatConfig config) {
        this.pool = pool;
        this.config = config;
    }

    /** A console socket opened: a counsellor not yet known here starts away. */
    Uni<Void> connected(UUID staffId) {
        Local now = local.merge(staffId, new Local(AWAY, 1), (old, added) -> new Local(old.status(), old.sockets() + 1));
        return now.sockets() == 1 ? store(staffId, now.status()) : Uni.createFrom().voidItem();
    }

    Uni<Void> set(UUID staffId, String status) {
        local.computeIfPresent(staffId, (id, old) -> new Local(status, old.sockets()));
        return store(staffId, status);
    }

    /** A console socket closed; with the counsellor's last one here, they are no longer present. */
    Uni<Void> disconnected(UUID staffId) {
        Local left = local.computeIfPresent(staffId,
                (id, old) -> old.sockets() <= 1 ? null : new Local(old.status(), old.sockets() - 1));
        // Not deleted: another instance may still hold a console of theirs and confirms them again.
        return left != null ? Uni.createFrom().voidItem()
                : pool.preparedQuery("UPDATE chat_presence SET seen_at = now() - $2::int * interval '1 second'"
                        + " WHERE staff_id = $1").execute(Tuple.of(staffId, (int) config.presenceTimeout().toSeconds() + 1))
                        .replaceWithVoid();
    }

    /** Confirms every counsellor connected here. */
    Uni<Void> confirm() {
        return Multi.createFrom().iterable(List.copyOf(local.entrySet()))
                .onItem().transformToUniAndConcatenate(e -> store(e.getKey(), e.getValue().status()))
                .collect().last().replaceWithVoid();
    }

    public Uni<Integer> availableCount() {
        return pool.preparedQuery("SELECT count(*) AS available FROM chat_presence"
                + " WHERE status = 'available' AND seen_at > now() - $1::int * interval '1 second'")
                .execute(Tuple.of((int) config.presenceTimeout().toSeconds()))
                .map(rows -> rows.iterator().next().getLong("available").intValue());
    }

    private Uni<Void> store(UUID staffId, String status) {
        return pool.preparedQuery("INSERT INTO chat_presence (staff_id, status, seen_at) VALUES ($1, $2, now())"
                + " ON CONFLICT (staff_id) DO UPDATE SET status = excluded.status, seen_at = excluded.seen_at")
                .execute(Tuple.of(staffId, status)).replaceWithVoid();
    }
}
