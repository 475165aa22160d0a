package no.samtale.booking;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;

/** Which slot start times can be booked, moved to or changed now: after the cut-off and inside the horizon. */
@ApplicationScoped
public class BookingWindow {

    private final BookingConfig config;
    private final Clock clock = Clock.systemUTC();

    BookingWindow(BookingConfig config) {
        this.config = config;
    }

    public OffsetDateTime earliestStart() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).plus(config.cutoff());
    }

    public OffsetDateTime latestStart() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).plus(config.horizon());
    }

    public boolean canChange(Slot slot) {
        return !slot.cancelled && slot.startsAt.isAfter(earliestStart());
    }
}
