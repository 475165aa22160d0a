package no.samtale.booking;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.samtale.booking.BookingViews.BookingView;
import no.samtale.common.NoStore;

/** Anonymous booking. Codes travel only in request bodies, never in a URL. */
@Path("/api/bookings")
@Tag(name = "booking")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BookingResource {

    static final String CALENDAR_TITLE = "Avtale";

    private final BookingService bookings;

    BookingResource(BookingService bookings) {
        this.bookings = bookings;
    }

    @POST
    @Operation(summary = "Book a seat in a slot; answers the booking code (shown only once), or 409 when full")
    public Uni<Response> book(@Valid @NotNull BookingRequests.Book request) {
        return bookings.book(request.slotId()).map(created -> Response.status(Response.Status.CREATED).entity(created)
                .cacheControl(NoStore.cacheControl()).build());
    }

    @POST
    @Path("/lookup")
    public Uni<BookingView> lookup(@Valid @NotNull BookingRequests.Code request) {
        return bookings.lookup(request.code());
    }

    @POST
    @Path("/cancel")
    public Uni<Response> cancel(@Valid @NotNull BookingRequests.Code request) {
        return bookings.cancel(request.code()).map(ignored -> Response.noContent().build());
    }

    @POST
    @Path("/reschedule")
    public Uni<BookingView> reschedule(@Valid @NotNull BookingRequests.Reschedule request) {
        return bookings.reschedule(request.code(), request.slotId());
    }

    @POST
    @Path("/calendar")
    @Produces("text/calendar")
    @Operation(summary = "A neutral calendar entry for the booking (no word about testing or the service)")
    public Uni<Response> calendar(@Valid @NotNull BookingRequests.Code request) {
        return bookings.calendarEntry(request.code()).map(entry -> calendarResponse(entry));
    }

    static Response calendarResponse(BookingService.CalendarEntry entry) {
        return Response.ok(CalendarFile.of(entry.slot(), entry.clinic(), CALENDAR_TITLE), "text/calendar; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"appointment.ics\"")
                .cacheControl(NoStore.cacheControl())
                .build();
    }
}
