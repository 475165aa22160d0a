package no.samtale.booking;

import java.time.OffsetDateTime;

import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Deletes bookings, and the slots they were in, once the retention period after the slot has passed. */
@ApplicationScoped
public class BookingRetention {

    private static final Logger LOG = Logger.getLogger(BookingRetention.class);

    private final BookingConfig config;

    BookingRetention(BookingConfig config) {
        this.config = config;
    }

    @Scheduled(every = "${samtale.retention-check-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return deleteExpired().invoke(deleted -> {
            if (deleted > 0) {
                LOG.infof("Deleted %d bookings past retention", deleted);
            }
        }).replaceWithVoid();
    }

    /** Deletes for real (no flag); answers how many bookings went. */
    @WithTransaction
    public Uni<Long> deleteExpired() {
        OffsetDateTime cutoff = OffsetDateTime.now().minus(config.retention());
        return Booking.delete("slotId in (select s.id from Slot s where s.endsAt < ?1)", cutoff)
                .call(() -> Slot.delete("endsAt < ?1", cutoff));
    }
}
