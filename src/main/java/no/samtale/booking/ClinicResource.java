package no.samtale.booking;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import no.samtale.booking.BookingViews.ClinicView;
import no.samtale.booking.BookingViews.SlotView;
import no.samtale.common.QueryValues;

@Path("/api/clinics")
@Tag(name = "booking")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class ClinicResource {

    private final BookingService bookings;
    private final BookingConfig config;

    ClinicResource(BookingService bookings, BookingConfig config) {
        this.bookings = bookings;
        this.config = config;
    }

    @GET
    public Uni<List<ClinicView>> clinics() {
        return bookings.clinics();
    }

    /** Bookable slots with seats left, between two days (inclusive) in the clinics' time zone. */
    @GET
    @Path("/{id}/slots")
    public Uni<List<SlotView>> slots(UUID id, @QueryParam("from") String fromDay, @QueryParam("to") String toDay) {
        LocalDate from = QueryValues.date("from", fromDay);
        LocalDate to = QueryValues.date("to", toDay);
        OffsetDateTime start = from == null ? null : from.atStartOfDay(config.zone()).toOffsetDateTime();
        OffsetDateTime end = to == null ? null : to.plusDays(1).atStartOfDay(config.zone()).toOffsetDateTime();
        return bookings.bookableSlots(id, start, end);
    }
}
