package no.samtale.chat;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import no.samtale.common.DatabaseStartup;
import no.samtale.identity.Actor;
import no.samtale.identity.AuditLog;

/** The opening hours as an admin set them, read at most every few seconds (the chat page asks often). */
@ApplicationScoped
public class OpeningHoursService {

    private static final Logger LOG = Logger.getLogger(OpeningHoursService.class);
    private static final long FRESH_MILLIS = 5_000;

    private record Cached(OpeningHours hours, long readAt) {
    }

    private final AtomicReference<Cached> cached = new AtomicReference<>();
    private final Pool pool;
    private final ChatConfig config;
    private final AuditLog audit;

    OpeningHoursService(Pool pool, ChatConfig config, AuditLog audit) {
        this.pool = pool;
        this.config = config;
        this.audit = audit;
    }

    void seed(@Observes @Priority(DatabaseStartup.PRIORITY + 20) StartupEvent start) {
        if (!config.seedSamples()) {
            return;
        }
        pool.query("SELECT count(*) AS periods FROM chat_opening_period").execute()
                .chain(rows -> rows.iterator().next().getLong("periods") > 0 ? Uni.createFrom().voidItem()
                        : pool.withTransaction(tx -> write(tx, allDay())))
                .await().indefinitely();
        LOG.info("Dev profile: chat opening hours are around the clock unless an admin has set them");
    }

    public Uni<OpeningHours> current() {
        Cached now = cached.get();
        if (now != null && System.currentTimeMillis() - now.readAt() < FRESH_MILLIS) {
            return Uni.createFrom().item(now.hours());
        }
        return read().invoke(hours -> cached.set(new Cached(hours, System.currentTimeMillis())));
    }

    public Uni<OpeningHours> replace(OpeningHours hours, Actor admin) {
        return pool.withTransaction(tx -> write(tx, hours)
                .chain(() -> audit.record(tx, admin, "chat.opening-hours", "opening-hours", null,
                        hours.weekly().size() + " periods, " + hours.closedDays().size() + " closed days")))
                .invoke(() -> cached.set(null))
                .chain(this::current);
    }

    private Uni<Void> write(SqlClient tx, OpeningHours hours) {
        List<Tuple> periods = new ArrayList<>();
        hours.weekly().forEach(p -> periods.add(Tuple.of((short) p.day().getValue(), (short) p.opensMinute(),
                (short) p.closesMinute())));
        List<Tuple> closed = new ArrayList<>();
        hours.closedDays().forEach(d -> closed.add(Tuple.of(d.date(), d.note() == null ? "" : d.note())));
        Uni<Void> chain = tx.query("DELETE FROM chat_opening_period").execute()
                .chain(() -> tx.query("DELETE FROM chat_closed_day").execute()).replaceWithVoid();
        if (!periods.isEmpty()) {
            chain = chain.chain(() -> tx.preparedQuery("INSERT INTO chat_opening_period (day_of_week, opens_minute,"
                    + " closes_minute) VALUES ($1, $2, $3)").executeBatch(periods)).replaceWithVoid();
        }
        if (!closed.isEmpty()) {
            chain = chain.chain(() -> tx.preparedQuery("INSERT INTO chat_closed_day (day, note) VALUES ($1, $2)")
                    .executeBatch(closed)).replaceWithVoid();
        }
        return chain;
    }

    private Uni<OpeningHours> read() {
        return pool.query("SELECT day_of_week, opens_minute, closes_minute FROM chat_opening_period").execute()
                .map(rows -> {
                    List<OpeningHours.Period> periods = new ArrayList<>();
                    rows.forEach(r -> periods.add(new OpeningHours.Period(DayOfWeek.of(r.getShort("day_of_week")),
                            r.getShort("opens_minute"), r.getShort("closes_minute"))));
                    return periods;
                })
                .chain(periods -> pool.query("SELECT day, note FROM chat_closed_day").execute().map(rows -> {
                    List<OpeningHours.ClosedDay> days = new ArrayList<>();
                    rows.forEach(r -> days.add(new OpeningHours.ClosedDay(r.getLocalDate("day"), r.getString("note"))));
                    return new OpeningHours(config.zone(), periods, days);
                }));
    }

    private OpeningHours allDay() {
        List<OpeningHours.Period> periods = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            periods.add(new OpeningHours.Period(day, 0, 1440));
        }
        return new OpeningHours(config.zone(), periods, List.of());
    }
}
