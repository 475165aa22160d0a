package no.samtale.booking;

import java.time.OffsetDateTime;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import no.samtale.privacy.RetentionPolicy;

/** Deletes bookings, and the slots they were in, once the retention period after the slot has passed. */
@ApplicationScoped
public class BookingRetention implements RetentionPolicy {

    private final BookingConfig config;

    BookingRetention(BookingConfig config) {
        this.config = config;
    }

    @Override
    public String subject() {
        return "bookings";
    }

    @Override
    @WithTransaction
    public Uni<Long> deleteExpired() {
        OffsetDateTime cutoff = OffsetDateTime.now().minus(config.retention());
        return Booking.delete("slotId in (select s.id from Slot s where s.endsAt < ?1)", cutoff)
                .call(() -> Slot.delete("endsAt < ?1", cutoff));
    }
}
