package no.samtale.identity;

import java.util.UUID;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A staff member's own session. */
@Path("/api/staff")
@Tag(name = "staff")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StaffResource {

    private final StaffService service;
    private final JsonWebToken jwt;

    StaffResource(StaffService service, JsonWebToken jwt) {
        this.service = service;
        this.jwt = jwt;
    }

    @POST
    @Path("/login")
    @PermitAll
    public Uni<StaffService.Session> login(@Valid @NotNull StaffRequests.Login request) {
        return service.login(request);
    }

    @GET
    @Path("/me")
    @RolesAllowed({ "counsellor", "moderator", "clinic", "admin" })
    public Uni<StaffView> me() {
        return service.find(UUID.fromString(jwt.getSubject()));
    }

    @POST
    @Path("/me/password")
    @RolesAllowed({ "counsellor", "moderator", "clinic", "admin" })
    public Uni<StaffService.Session> changePassword(@Valid @NotNull StaffRequests.PasswordChange request) {
        return service.changeOwnPassword(UUID.fromString(jwt.getSubject()), request, Actor.of(jwt));
    }
}
