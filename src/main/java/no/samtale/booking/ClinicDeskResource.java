package no.samtale.booking;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import no.samtale.booking.BookingViews.ClinicView;
import no.samtale.booking.BookingViews.DeskBooking;
import no.samtale.common.ProblemException;
import no.samtale.common.QueryValues;
import no.samtale.identity.Actor;

@Path("/api/console/clinic")
@Tag(name = "clinic desk")
@RolesAllowed({ "clinic", "admin" })
@Produces(MediaType.APPLICATION_JSON)
public class ClinicDeskResource {

    private final ClinicDeskService desk;
    private final BookingService bookings;
    private final BookingConfig config;
    private final JsonWebToken jwt;

    ClinicDeskResource(ClinicDeskService desk, BookingService bookings, BookingConfig config, JsonWebToken jwt) {
        this.desk = desk;
        this.bookings = bookings;
        this.config = config;
        this.jwt = jwt;
    }

    @GET
    @Path("/clinics")
    public Uni<List<ClinicView>> clinics() {
        return bookings.clinics();
    }

    @GET
    @Path("/bookings")
    public Uni<List<DeskBooking>> day(@QueryParam("clinicId") String clinic, @QueryParam("date") String day) {
        UUID clinicId = QueryValues.uuid("clinicId", clinic);
        LocalDate date = QueryValues.date("date", day);
        if (clinicId == null) {
            throw ProblemException.badRequest("Query parameter clinicId is required");
        }
        return desk.day(clinicId, date == null ? LocalDate.now(config.zone()) : date);
    }

    @POST
    @Path("/check-in")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<DeskBooking> checkIn(@Valid @NotNull BookingRequests.CheckIn request) {
        return desk.checkIn(request.code(), Actor.of(jwt));
    }

    @POST
    @Path("/bookings/{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<DeskBooking> attendance(UUID id, @Valid @NotNull BookingRequests.Attendance request) {
        return desk.attendance(id, request.status(), Actor.of(jwt));
    }

    @POST
    @Path("/bookings/{id}/result")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<DeskBooking> result(UUID id, @Valid @NotNull BookingRequests.Result request) {
        return desk.result(id, request.resultStatus(), Actor.of(jwt));
    }
}
