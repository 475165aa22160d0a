package no.samtale.chat;

import java.time.Instant;
import java.time.OffsetDateTime;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Whether a new chat can start now: inside opening hours, with at least one counsellor available. */
@ApplicationScoped
public class ChatAvailability {

    /** {@code reason} is "outside-hours" or "no-counsellor" when closed, null when open. */
    public record Availability(boolean open, String reason, OffsetDateTime nextOpening) {
    }

    private final OpeningHoursService hours;
    private final Presence presence;

    ChatAvailability(OpeningHoursService hours, Presence presence) {
        this.hours = hours;
        this.presence = presence;
    }

    public Uni<Availability> now() {
        Instant now = Instant.now();
        return hours.current().chain(schedule -> {
            if (!schedule.isOpen(now)) {
                return Uni.createFrom().item(new Availability(false, "outside-hours",
                        schedule.nextOpening(now).orElse(null)));
            }
            return presence.availableCount().map(available -> available > 0 ? new Availability(true, null, null)
                    : new Availability(false, "no-counsellor", null));
        });
    }
}
