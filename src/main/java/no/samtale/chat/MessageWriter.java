package no.samtale.chat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Stores chat messages in batches: messages that arrive while a batch is being committed go together in the
 * next transaction. Every message still gets its own statement and is acked only after its batch committed,
 * but the disk sees one flush per batch instead of one per message. A batch that fails as a whole (a rare
 * clash) is stored again message by message, so one message's trouble never costs another its place.
 */
@ApplicationScoped
public class MessageWriter {

    /** Batches committing at once; more would only wait for the same disk. */
    private static final int IN_FLIGHT = 1;
    private static final int MAX_BATCH = 200;
    /**
     * At most one commit starts in this time, so that a busy chat flushes the disk a few hundred times a second
     * rather than once per message; a quiet one waits no longer than this for its commit to start.
     */
    private static final long MIN_COMMIT_INTERVAL_NANOS = 3_000_000;

    record Request(UUID conversationId, String from, UUID staffId, String clientMsgId, String text,
            UniEmitter<? super RowSet<Row>> done) {
        Tuple args() {
            return Tuple.tuple(java.util.Arrays.asList(conversationId, from, clientMsgId, staffId, text));
        }
    }

    private final Queue<Request> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final java.util.concurrent.atomic.AtomicBoolean timerSet = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile long lastStart = System.nanoTime() - MIN_COMMIT_INTERVAL_NANOS;
    private final Pool pool;
    private final io.vertx.core.Vertx vertx;

    MessageWriter(Pool pool, io.vertx.core.Vertx vertx) {
        this.pool = pool;
        this.vertx = vertx;
    }

    /** Runs {@link ChatStore#APPEND} for one message in the next batch; the rows come once it committed. */
    Uni<RowSet<Row>> append(UUID conversationId, String from, UUID staffId, String clientMsgId, String text) {
        return Uni.createFrom().emitter(done -> {
            waiting.add(new Request(conversationId, from, staffId, clientMsgId, text, done));
            drain();
        });
    }

    private void drain() {
        while (!waiting.isEmpty()) {
            int now = inFlight.get();
            if (now >= IN_FLIGHT) {
                return;
            }
            long wait = lastStart + MIN_COMMIT_INTERVAL_NANOS - System.nanoTime();
            if (wait > 0) {
                if (timerSet.compareAndSet(false, true)) {
                    vertx.setTimer(Math.max(1, wait / 1_000_000), id -> {
                        timerSet.set(false);
                        drain();
                    });
                }
                return;
            }
            if (!inFlight.compareAndSet(now, now + 1)) {
                continue;
            }
            lastStart = System.nanoTime();
            List<Request> batch = new ArrayList<>();
            Request next;
            while (batch.size() < MAX_BATCH && (next = waiting.poll()) != null) {
                batch.add(next);
            }
            if (batch.isEmpty()) {
                inFlight.decrementAndGet();
                continue;
            }
            write(batch);
        }
    }

    private void write(List<Request> batch) {
        // Rows are locked in one order in every batch, so two batches never wait for each other in a circle.
        batch.sort(Comparator.comparing(Request::conversationId));
        if (batch.size() == 1) {
            Request only = batch.get(0);
            pool.preparedQuery(ChatStore.APPEND).execute(only.args()).subscribe()
                    .with(rows -> done(() -> only.done().complete(rows)), failure -> done(() -> only.done().fail(failure)));
            return;
        }
        pool.withTransaction(tx -> {
            List<Uni<RowSet<Row>>> statements = batch.stream()
                    .map(r -> tx.preparedQuery(ChatStore.APPEND).execute(r.args())).toList();
            return Uni.join().all(statements).andFailFast();
        }).subscribe().with(results -> done(() -> {
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).done().complete(results.get(i));
            }
        }), failure -> done(() -> batch.forEach(r -> pool.preparedQuery(ChatStore.APPEND).execute(r.args())
                .subscribe().with(r.done()::complete, r.done()::fail))));
    }

    private void done(Runnable settle) {
        inFlight.decrementAndGet();
        try {
            settle.run();
        } finally {
            drain();
        }
    }
}
