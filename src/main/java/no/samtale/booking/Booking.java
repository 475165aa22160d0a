package no.samtale.booking;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A booked seat. It knows its slot and the hash of its code, and nothing about who holds the code. */
@Entity
@Table(name = "booking")
public class Booking extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "slot_id")
    public UUID slotId;

    @Column(name = "code_hash")
    public byte[] codeHash;

    public BookingStatus status = BookingStatus.BOOKED;

    @Column(name = "result_status")
    public ResultStatus resultStatus = ResultStatus.PENDING;

    @Column(name = "checked_in_at")
    public OffsetDateTime checkedInAt;

    /** A short reference the clinic desk can say aloud; derived from the id, never from the code. */
    public String reference() {
        return id.toString().substring(0, 8).toUpperCase();
    }

    boolean isActive() {
        return status != BookingStatus.CANCELLED;
    }
}
