package no.samtale.booking;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import no.samtale.booking.BookingViews.DeskBooking;
import no.samtale.common.ProblemException;
import no.samtale.identity.Actor;
import no.samtale.identity.AuditLog;

/** The clinic desk: the day's bookings, check-in by code, attendance and result status. All audited. */
@ApplicationScoped
public class ClinicDeskService {

    private final BookingService bookings;
    private final AuditLog audit;
    private final ZoneId zone;

    ClinicDeskService(BookingService bookings, AuditLog audit, BookingConfig config) {
        this.bookings = bookings;
        this.audit = audit;
        this.zone = config.zone();
    }

    @WithSession
    public Uni<List<DeskBooking>> day(UUID clinicId, LocalDate day) {
        OffsetDateTime from = day.atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime to = day.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        return Panache.getSession().chain(session -> session.createSelectionQuery(
                "select b, s from Booking b join Slot s on b.slotId = s.id"
                        + " where s.clinicId = :clinic and s.startsAt >= :from and s.startsAt < :to"
                        + " order by s.startsAt, b.id", Object[].class)
                .setParameter("clinic", clinicId).setParameter("from", from).setParameter("to", to)
                .getResultList())
                .map(rows -> rows.stream().map(row -> DeskBooking.of((Booking) row[0], (Slot) row[1])).toList());
    }

    /** The visitor shows or says their code at the desk; only a booking for today can be checked in. */
    @WithTransaction
    public Uni<DeskBooking> checkIn(String code, Actor actor) {
        return bookings.byCode(code, LockModeType.PESSIMISTIC_WRITE)
                .chain(booking -> Slot.<Slot>findById(booking.slotId).map(slot -> {
                    if (booking.status == BookingStatus.CANCELLED) {
                        throw ProblemException.conflict("This booking is cancelled");
                    }
                    if (!slot.startsAt.atZoneSameInstant(zone).toLocalDate().equals(LocalDate.now(zone))) {
                        throw ProblemException.conflict("This booking is for "
                                + slot.startsAt.atZoneSameInstant(zone).toLocalDate() + ", not today");
                    }
                    booking.status = BookingStatus.ATTENDED;
                    booking.checkedInAt = OffsetDateTime.now();
                    return DeskBooking.of(booking, slot);
                }))
                .call(desk -> audit.record(actor, "booking.check-in", "booking", desk.id().toString(), null));
    }

    @WithTransaction
    public Uni<DeskBooking> attendance(UUID bookingId, BookingStatus status, Actor actor) {
        if (status != BookingStatus.ATTENDED && status != BookingStatus.NO_SHOW) {
            return Uni.createFrom().failure(ProblemException.badRequest("Attendance is 'attended' or 'no-show'"));
        }
        return change(bookingId, booking -> {
            if (booking.status == BookingStatus.CANCELLED) {
                throw ProblemException.conflict("This booking is cancelled");
            }
            booking.status = status;
        }).call(desk -> audit.record(actor, "booking.attendance", "booking", bookingId.toString(), status.wire()));
    }

    @WithTransaction
    public Uni<DeskBooking> result(UUID bookingId, ResultStatus result, Actor actor) {
        return change(bookingId, booking -> booking.resultStatus = result)
                .call(desk -> audit.record(actor, "booking.result", "booking", bookingId.toString(), result.wire()));
    }

    private Uni<DeskBooking> change(UUID bookingId, java.util.function.Consumer<Booking> change) {
        return Booking.<Booking>findById(bookingId, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("No such booking"))
                .invoke(change)
                .chain(booking -> Slot.<Slot>findById(booking.slotId).map(slot -> DeskBooking.of(booking, slot)));
    }
}
