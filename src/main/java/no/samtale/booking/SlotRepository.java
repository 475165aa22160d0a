package no.samtale.booking;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class SlotRepository implements PanacheRepositoryBase<Slot, UUID> {

    /**
     * Takes one seat if the slot is open, inside the booking window and not full, in one conditional UPDATE that
     * PostgreSQL serialises per row: capacity holds however many requests race, with no check-then-insert.
     */
    public Uni<Boolean> takeSeat(UUID slotId, OffsetDateTime earliestStart, OffsetDateTime latestStart) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "UPDATE slot SET booked = booked + 1 WHERE id = :id AND NOT cancelled AND booked < capacity"
                        + " AND starts_at > :earliest AND starts_at <= :latest")
                .setParameter("id", slotId)
                .setParameter("earliest", earliestStart)
                .setParameter("latest", latestStart)
                .executeUpdate())
                .map(updated -> updated == 1);
    }

    public Uni<Void> releaseSeat(UUID slotId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "UPDATE slot SET booked = booked - 1 WHERE id = :id AND booked > 0")
                .setParameter("id", slotId)
                .executeUpdate())
                .replaceWithVoid();
    }

    public Uni<List<Slot>> bookable(UUID clinicId, OffsetDateTime from, OffsetDateTime to) {
        return list("clinicId = ?1 and cancelled = false and booked < capacity and startsAt > ?2 and startsAt <= ?3",
                Sort.by("startsAt"), clinicId, from, to);
    }

    public Uni<List<Slot>> ofClinic(UUID clinicId, OffsetDateTime from, OffsetDateTime to) {
        return list("clinicId = ?1 and startsAt >= ?2 and startsAt < ?3", Sort.by("startsAt"), clinicId, from, to);
    }
}
