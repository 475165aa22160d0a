package no.samtale.chat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.samtale.common.ProblemException;
import no.samtale.identity.Actor;

/** The chat's weekly opening hours (in the service's zone) and closed days, set by an admin. */
@Path("/api/admin/opening-hours")
@Tag(name = "admin")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class OpeningHoursResource {

    private static final String TIME = "([01][0-9]|2[0-3]):[0-5][0-9]|24:00";

    public record PeriodBody(@NotNull DayOfWeek day,
            @NotNull @Pattern(regexp = TIME, message = "is a time HH:MM from 00:00 to 24:00") String opens,
            @NotNull @Pattern(regexp = TIME, message = "is a time HH:MM from 00:00 to 24:00") String closes) {
    }

    public record ClosedDayBody(@NotNull LocalDate date, @Size(max = 200) String note) {
    }

    public record OpeningHoursBody(String zone, @NotNull @Size(max = 70) List<@Valid @NotNull PeriodBody> weekly,
            @NotNull @Size(max = 400) List<@Valid @NotNull ClosedDayBody> closedDays) {
    }

    private final OpeningHoursService service;
    private final JsonWebToken jwt;

    OpeningHoursResource(OpeningHoursService service, JsonWebToken jwt) {
        this.service = service;
        this.jwt = jwt;
    }

    @GET
    public Uni<OpeningHoursBody> get() {
        return service.current().map(OpeningHoursResource::body);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<OpeningHoursBody> replace(@Valid @NotNull OpeningHoursBody body) {
        OpeningHours hours;
        try {
            hours = new OpeningHours(null, body.weekly().stream()
                    .map(p -> new OpeningHours.Period(p.day(), minutes(p.opens()), minutes(p.closes()))).toList(),
                    body.closedDays().stream().map(d -> new OpeningHours.ClosedDay(d.date(), d.note())).toList());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(e.getMessage() + ".");
        }
        return service.replace(hours, Actor.of(jwt)).map(OpeningHoursResource::body);
    }

    private static OpeningHoursBody body(OpeningHours hours) {
        return new OpeningHoursBody(hours.zone().getId(),
                hours.weekly().stream().map(p -> new PeriodBody(p.day(), time(p.opensMinute()), time(p.closesMinute())))
                        .toList(),
                hours.closedDays().stream().map(d -> new ClosedDayBody(d.date(), d.note())).toList());
    }

    private static int minutes(String time) {
        return Integer.parseInt(time.substring(0, 2)) * 60 + Integer.parseInt(time.substring(3, 5));
    }

    private static String time(int minutes) {
        return String.format("%02d:%02d", minutes / 60, minutes % 60);
    }
}
