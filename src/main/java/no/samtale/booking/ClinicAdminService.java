package no.samtale.booking;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import no.samtale.booking.BookingViews.AdminSlotView;
import no.samtale.booking.BookingViews.ClinicView;
import no.samtale.booking.BookingViews.CreatedSlots;
import no.samtale.common.ProblemException;
import no.samtale.identity.Actor;
import no.samtale.identity.AuditLog;

/** The admin's clinics and slots. A slot with bookings is never removed silently: it is cancelled instead. */
@ApplicationScoped
public class ClinicAdminService {

    static final int MAX_SLOTS_PER_TEMPLATE = 2000;

    private final SlotRepository slots;
    private final AuditLog audit;
    private final ZoneId zone;

    ClinicAdminService(SlotRepository slots, AuditLog audit, BookingConfig config) {
        this.slots = slots;
        this.audit = audit;
        this.zone = config.zone();
    }

    @WithTransaction
    public Uni<ClinicView> create(BookingRequests.ClinicDetails details, Actor actor) {
        Clinic clinic = new Clinic();
        clinic.id = UUID.randomUUID();
        clinic.createdAt = OffsetDateTime.now();
        apply(clinic, details);
        return clinic.persist().call(() -> audit.record(actor, "clinic.create", "clinic", clinic.id.toString(), null))
                .map(ignored -> ClinicView.of(clinic));
    }

    @WithTransaction
    public Uni<ClinicView> update(UUID id, BookingRequests.ClinicDetails details, Actor actor) {
        return clinic(id).invoke(clinic -> apply(clinic, details))
                .call(clinic -> audit.record(actor, "clinic.update", "clinic", id.toString(), null))
                .map(ClinicView::of);
    }

    @WithSession
    public Uni<List<AdminSlotView>> slots(UUID clinicId, LocalDate from, LocalDate to) {
        return clinic(clinicId).chain(clinic -> slots.ofClinic(clinicId, startOf(from), startOf(to.plusDays(1))))
                .map(found -> found.stream().map(AdminSlotView::of).toList());
    }

    @WithTransaction
    public Uni<AdminSlotView> addSlot(UUID clinicId, BookingRequests.NewSlot request, Actor actor) {
        return clinic(clinicId).chain(clinic -> {
            Slot slot = newSlot(clinicId, request.startsAt(), request.endsAt(), request.capacity());
            return slot.persist()
                    .call(() -> audit.record(actor, "slot.create", "slot", slot.id.toString(), null))
                    .map(ignored -> AdminSlotView.of(slot));
        });
    }

    /** Creates the template's slots, in the clinics' time zone, skipping times that have passed. */
    @WithTransaction
    public Uni<CreatedSlots> addWeekly(UUID clinicId, BookingRequests.WeeklyTemplate template, Actor actor) {
        if (template.to().isBefore(template.from()) || template.from().plusDays(366).isBefore(template.to())) {
            return Uni.createFrom().failure(ProblemException.badRequest("'to' must be on or after 'from', at most a year later"));
        }
        if (!template.endTime().isAfter(template.startTime())) {
            return Uni.createFrom().failure(ProblemException.badRequest("'endTime' must be after 'startTime'"));
        }
        List<Slot> created = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now();
        for (LocalDate day = template.from(); !day.isAfter(template.to()); day = day.plusDays(1)) {
            if (!template.days().contains(day.getDayOfWeek())) {
                continue;
            }
            for (LocalDateTime start = day.atTime(template.startTime());
                    !start.plusMinutes(template.slotMinutes()).isAfter(day.atTime(template.endTime()));
                    start = start.plusMinutes(template.slotMinutes())) {
                OffsetDateTime startsAt = start.atZone(zone).toOffsetDateTime();
                if (startsAt.isAfter(now)) {
                    created.add(newSlot(clinicId, startsAt, start.plusMinutes(template.slotMinutes()).atZone(zone)
                            .toOffsetDateTime(), template.capacity()));
                }
            }
            if (created.size() > MAX_SLOTS_PER_TEMPLATE) {
                return Uni.createFrom().failure(ProblemException.badRequest(
                        "A template may create at most " + MAX_SLOTS_PER_TEMPLATE + " slots"));
            }
        }
        return clinic(clinicId)
                .chain(clinic -> Panache.getSession().chain(session -> session.persistAll(created.toArray())))
                .call(() -> audit.record(actor, "slot.create-weekly", "clinic", clinicId.toString(),
                        created.size() + " slots"))
                .map(ignored -> new CreatedSlots(created.size(), created.stream().map(AdminSlotView::of).toList()));
    }

    @WithTransaction
    public Uni<Void> delete(UUID slotId, Actor actor) {
        return slot(slotId).chain(slot -> Booking.count("slotId", slot.id).chain(bookings -> {
            if (bookings > 0) {
                return Uni.createFrom().failure(ProblemException.conflict(
                        "This slot has bookings; cancel it instead, so that the visitors see it is cancelled"));
            }
            return slot.delete().call(() -> audit.record(actor, "slot.delete", "slot", slotId.toString(), null));
        }));
    }

    /** Cancels the slot and every booking in it; the holders of those codes see "cancelled" when they look. */
    @WithTransaction
    public Uni<AdminSlotView> cancel(UUID slotId, Actor actor) {
        return slot(slotId).chain(slot -> Booking.update("status = ?1 where slotId = ?2 and status = ?3",
                BookingStatus.CANCELLED, slotId, BookingStatus.BOOKED)
                .chain(cancelled -> {
                    slot.cancelled = true;
                    slot.booked = 0;
                    return audit.record(actor, "slot.cancel", "slot", slotId.toString(), cancelled + " bookings cancelled");
                })
                .map(ignored -> AdminSlotView.of(slot)));
    }

    private Slot newSlot(UUID clinicId, OffsetDateTime startsAt, OffsetDateTime endsAt, int capacity) {
        if (!endsAt.isAfter(startsAt)) {
            throw ProblemException.badRequest("'endsAt' must be after 'startsAt'");
        }
        if (!startsAt.isAfter(OffsetDateTime.now())) {
            throw ProblemException.badRequest("'startsAt' must be in the future");
        }
        Slot slot = new Slot();
        slot.id = UUID.randomUUID();
        slot.clinicId = clinicId;
        slot.startsAt = startsAt;
        slot.endsAt = endsAt;
        slot.capacity = capacity;
        return slot;
    }

    private OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(zone).toOffsetDateTime();
    }

    private static void apply(Clinic clinic, BookingRequests.ClinicDetails details) {
        clinic.name = details.name().trim();
        clinic.address = details.address().trim();
        clinic.directions = details.directions() == null ? "" : details.directions().trim();
        clinic.practicalInfo = details.practicalInfo() == null ? "" : details.practicalInfo().trim();
    }

    private static Uni<Clinic> clinic(UUID id) {
        return Clinic.<Clinic>findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("No such clinic"));
    }

    private static Uni<Slot> slot(UUID id) {
        return Slot.<Slot>findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("No such slot"));
    }
}
