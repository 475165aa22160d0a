package no.samtale.booking;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A time at a clinic with a number of seats. {@code booked} only ever changes through {@link SlotRepository}. */
@Entity
@Table(name = "slot")
public class Slot extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "clinic_id")
    public UUID clinicId;

    @Column(name = "starts_at")
    public OffsetDateTime startsAt;

    @Column(name = "ends_at")
    public OffsetDateTime endsAt;

    public int capacity;

    public int booked;

    public boolean cancelled;

    public int remaining() {
        return cancelled ? 0 : capacity - booked;
    }
}
