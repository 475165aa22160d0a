package no.samtale.booking;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.github.bucket4j.Bucket;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import no.samtale.booking.BookingViews.BookingView;
import no.samtale.booking.BookingViews.ClinicView;
import no.samtale.booking.BookingViews.NewBooking;
import no.samtale.booking.BookingViews.SlotView;
import no.samtale.common.ProblemException;
import no.samtale.common.RateLimits;
import no.samtale.identity.CodeHasher;

/** What a visitor does: book a seat, and with the code look it up, cancel it or move it. */
@ApplicationScoped
public class BookingService {

    static final String FULL = "That time is fully booked";
    static final String CLOSED = "That time can no longer be booked";
    static final String UNCHANGEABLE = "This booking can no longer be changed";

    private final SlotRepository slots;
    private final BookingWindow window;
    private final CodeHasher hasher;
    private final Bucket bookings;
    private final Bucket lookups;

    BookingService(SlotRepository slots, BookingWindow window, CodeHasher hasher, BookingConfig config) {
        this.slots = slots;
        this.window = window;
        this.hasher = hasher;
        this.bookings = RateLimits.perSecond(config.bookingsPerSecond());
        this.lookups = RateLimits.perSecond(config.lookupsPerSecond());
    }

    @WithSession
    public Uni<List<ClinicView>> clinics() {
        return Clinic.<Clinic>listAll(io.quarkus.panache.common.Sort.by("name"))
                .map(all -> all.stream().map(ClinicView::of).toList());
    }

    /** Bookable slots of a clinic between two instants, clipped to the booking window. */
    @WithSession
    public Uni<List<SlotView>> bookableSlots(UUID clinicId, java.time.OffsetDateTime from, java.time.OffsetDateTime to) {
        java.time.OffsetDateTime earliest = later(from, window.earliestStart());
        java.time.OffsetDateTime latest = earlier(to, window.latestStart());
        return Clinic.<Clinic>findById(clinicId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("No such clinic"))
                .chain(clinic -> slots.bookable(clinicId, earliest, latest))
                .map(found -> found.stream().map(SlotView::of).toList());
    }

    @WithTransaction
    public Uni<NewBooking> book(UUID slotId) {
        if (!bookings.tryConsume(1)) {
            return Uni.createFrom().failure(ProblemException.tooManyRequests("Too many bookings right now; try again shortly",
                    Duration.ofSeconds(1)));
        }
        return slots.takeSeat(slotId, window.earliestStart(), window.latestStart())
                .chain(taken -> taken ? Uni.createFrom().voidItem() : refusal(slotId))
                .chain(() -> {
                    CodeHasher.IssuedCode code = hasher.issue();
                    Booking booking = new Booking();
                    booking.id = UUID.randomUUID();
                    booking.slotId = slotId;
                    booking.codeHash = code.hash();
                    return booking.persist()
                            .chain(() -> slotWithClinic(slotId))
                            .map(found -> new NewBooking(code.code(), SlotView.of(found.slot()), ClinicView.of(found.clinic())));
                });
    }

    @WithSession
    public Uni<BookingView> lookup(String code) {
        return byCode(code, LockModeType.NONE).chain(this::view);
    }

    @WithTransaction
    public Uni<BookingView> cancel(String code) {
        return changeable(code).chain(found -> {
            found.booking().status = BookingStatus.CANCELLED;
            return slots.releaseSeat(found.slot().id);
        }).chain(this::flushAndForget).chain(() -> byCode(code, LockModeType.NONE)).chain(this::view);
    }

    /** Moves a booking to another slot in one step: the new seat is taken before the old one is given back. */
    @WithTransaction
    public Uni<BookingView> reschedule(String code, UUID newSlotId) {
        return changeable(code).chain(found -> {
            if (found.slot().id.equals(newSlotId)) {
                return Uni.createFrom().failure(ProblemException.conflict("The booking is already in that slot"));
            }
            return slots.takeSeat(newSlotId, window.earliestStart(), window.latestStart())
                    .chain(taken -> taken ? Uni.createFrom().voidItem() : refusal(newSlotId))
                    .chain(() -> slots.releaseSeat(found.slot().id))
                    .invoke(() -> found.booking().slotId = newSlotId);
        }).chain(this::flushAndForget).chain(() -> byCode(code, LockModeType.NONE)).chain(this::view);
    }

    @WithSession
    public Uni<CalendarEntry> calendarEntry(String code) {
        return byCode(code, LockModeType.NONE).chain(booking -> slotWithClinic(booking.slotId))
                .map(found -> new CalendarEntry(found.slot(), found.clinic()));
    }

    public record CalendarEntry(Slot slot, Clinic clinic) {
    }

    record SlotAndClinic(Slot slot, Clinic clinic) {
    }

    private record Held(Booking booking, Slot slot) {
    }

    /** The booking behind a code, locked, and only while it may still be changed. */
    private Uni<Held> changeable(String code) {
        return byCode(code, LockModeType.PESSIMISTIC_WRITE)
                .chain(booking -> Slot.<Slot>findById(booking.slotId).map(slot -> new Held(booking, slot)))
                .invoke(held -> {
                    if (held.booking().status != BookingStatus.BOOKED || !window.canChange(held.slot())) {
                        throw ProblemException.conflict(UNCHANGEABLE);
                    }
                });
    }

    Uni<Booking> byCode(String typed, LockModeType lock) {
        if (!lookups.tryConsume(1)) {
            return Uni.createFrom().failure(ProblemException.tooManyRequests("Too many look-ups right now; try again shortly",
                    Duration.ofSeconds(1)));
        }
        return hasher.hashOfTyped(typed)
                .map(hash -> Booking.<Booking>find("codeHash", (Object) hash).withLock(lock)
                        .firstResult()
                        .onItem().ifNull().failWith(() -> ProblemException.notFound("No booking has that code")))
                .orElseGet(() -> Uni.createFrom().failure(
                        ProblemException.badRequest("That is not a booking code (16 letters and digits)")));
    }

    private Uni<BookingView> view(Booking booking) {
        return slotWithClinic(booking.slotId).map(found -> new BookingView(booking.status, booking.resultStatus,
                SlotView.of(found.slot()), ClinicView.of(found.clinic()),
                booking.status == BookingStatus.BOOKED && window.canChange(found.slot())));
    }

    Uni<SlotAndClinic> slotWithClinic(UUID slotId) {
        return Slot.<Slot>findById(slotId)
                .chain(slot -> Clinic.<Clinic>findById(slot.clinicId).map(clinic -> new SlotAndClinic(slot, clinic)));
    }

    /** Why a seat could not be taken: the slot is unknown, closed for booking, or full. */
    private Uni<Void> refusal(UUID slotId) {
        return Slot.<Slot>findById(slotId).map(slot -> {
            if (slot == null) {
                throw ProblemException.notFound("No such slot");
            }
            if (slot.cancelled || !slot.startsAt.isAfter(window.earliestStart())
                    || slot.startsAt.isAfter(window.latestStart())) {
                throw ProblemException.conflict(CLOSED);
            }
            throw ProblemException.conflict(FULL);
        });
    }

    /** Seat counts change through native UPDATEs, so entities read before them are stale: write and drop them. */
    private Uni<Void> flushAndForget() {
        return Panache.getSession().chain(session -> session.flush().invoke(session::clear));
    }


    private static java.time.OffsetDateTime later(java.time.OffsetDateTime a, java.time.OffsetDateTime b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    private static java.time.OffsetDateTime earlier(java.time.OffsetDateTime a, java.time.OffsetDateTime b) {
        return a == null || b.isBefore(a) ? b : a;
    }
}
