package no.samtale.booking;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What the booking API shows. */
public final class BookingViews {

    private BookingViews() {
    }

    public record ClinicView(UUID id, String name, String address, String directions, String practicalInfo) {
        static ClinicView of(Clinic clinic) {
            return new ClinicView(clinic.id, clinic.name, clinic.address, clinic.directions, clinic.practicalInfo);
        }
    }

    /** A slot as visitors see it: only how many seats remain. */
    public record SlotView(UUID id, UUID clinicId, OffsetDateTime startsAt, OffsetDateTime endsAt, int remaining) {
        static SlotView of(Slot slot) {
            return new SlotView(slot.id, slot.clinicId, slot.startsAt, slot.endsAt, slot.remaining());
        }
    }

    /** A slot as the admin sees it. */
    public record AdminSlotView(UUID id, UUID clinicId, OffsetDateTime startsAt, OffsetDateTime endsAt, int capacity,
            int booked, boolean cancelled) {
        static AdminSlotView of(Slot slot) {
            return new AdminSlotView(slot.id, slot.clinicId, slot.startsAt, slot.endsAt, slot.capacity, slot.booked,
                    slot.cancelled);
        }
    }

    /** The answer to a new booking: the code is shown once, here, and never stored in the clear. */
    public record NewBooking(String code, SlotView slot, ClinicView clinic) {
    }

    /** What the holder of a code sees. */
    public record BookingView(BookingStatus status, ResultStatus resultStatus, SlotView slot, ClinicView clinic,
            boolean changeable) {
    }

    /** A booking on the clinic desk's list: a reference derived from the id, never the code. */
    public record DeskBooking(UUID id, String reference, UUID slotId, OffsetDateTime startsAt, OffsetDateTime endsAt,
            BookingStatus status, ResultStatus resultStatus, OffsetDateTime checkedInAt) {
        static DeskBooking of(Booking booking, Slot slot) {
            return new DeskBooking(booking.id, booking.reference(), slot.id, slot.startsAt, slot.endsAt, booking.status,
                    booking.resultStatus, booking.checkedInAt);
        }
    }

    public record CreatedSlots(int created, java.util.List<AdminSlotView> slots) {
    }
}
