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
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.samtale.booking.BookingViews.AdminSlotView;
import no.samtale.booking.BookingViews.ClinicView;
import no.samtale.common.QueryValues;
import no.samtale.identity.Actor;

@Path("/api/admin")
@Tag(name = "admin")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class ClinicAdminResource {

    private final ClinicAdminService clinics;
    private final BookingService bookings;
    private final BookingConfig config;
    private final JsonWebToken jwt;

    ClinicAdminResource(ClinicAdminService clinics, BookingService bookings, BookingConfig config, JsonWebToken jwt) {
        this.clinics = clinics;
        this.bookings = bookings;
        this.config = config;
        this.jwt = jwt;
    }

    @GET
    @Path("/clinics")
    public Uni<List<ClinicView>> list() {
        return bookings.clinics();
    }

    @POST
    @Path("/clinics")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> create(@Valid @NotNull BookingRequests.ClinicDetails details) {
        return clinics.create(details, Actor.of(jwt)).map(c -> Response.status(Response.Status.CREATED).entity(c).build());
    }

    @PUT
    @Path("/clinics/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<ClinicView> update(UUID id, @Valid @NotNull BookingRequests.ClinicDetails details) {
        return clinics.update(id, details, Actor.of(jwt));
    }

    /** All slots of a clinic between two days (inclusive; default: today and the booking horizon). */
    @GET
    @Path("/clinics/{id}/slots")
    public Uni<List<AdminSlotView>> slots(UUID id, @QueryParam("from") String fromDay, @QueryParam("to") String toDay) {
        LocalDate from = QueryValues.date("from", fromDay);
        LocalDate to = QueryValues.date("to", toDay);
        LocalDate today = LocalDate.now(config.zone());
        LocalDate start = from == null ? today : from;
        LocalDate end = to == null ? today.plusDays(config.horizon().toDays()) : to;
        return clinics.slots(id, start, end);
    }

    @POST
    @Path("/clinics/{id}/slots")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> addSlot(UUID id, @Valid @NotNull BookingRequests.NewSlot request) {
        return clinics.addSlot(id, request, Actor.of(jwt)).map(s -> Response.status(Response.Status.CREATED).entity(s).build());
    }

    @POST
    @Path("/clinics/{id}/slots/weekly")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> addWeekly(UUID id, @Valid @NotNull BookingRequests.WeeklyTemplate template) {
        return clinics.addWeekly(id, template, Actor.of(jwt))
                .map(created -> Response.status(Response.Status.CREATED).entity(created).build());
    }

    @DELETE
    @Path("/slots/{id}")
    public Uni<Response> delete(UUID id) {
        return clinics.delete(id, Actor.of(jwt)).map(ignored -> Response.noContent().build());
    }

    @POST
    @Path("/slots/{id}/cancel")
    public Uni<AdminSlotView> cancel(UUID id) {
        return clinics.cancel(id, Actor.of(jwt));
    }
}
