package no.samtale.identity;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The admin's management of staff accounts, and the audit log. */
@Path("/api/admin")
@Tag(name = "admin")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class StaffAdminResource {

    private final StaffService service;
    private final AuditLog audit;
    private final JsonWebToken jwt;

    StaffAdminResource(StaffService service, AuditLog audit, JsonWebToken jwt) {
        this.service = service;
        this.audit = audit;
        this.jwt = jwt;
    }

    @GET
    @Path("/staff")
    public Uni<List<StaffView>> list() {
        return service.list();
    }

    @POST
    @Path("/staff")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> create(@Valid @NotNull StaffRequests.NewStaff request) {
        return service.create(request, Actor.of(jwt))
                .map(created -> Response.status(Response.Status.CREATED).entity(created).build());
    }

    @GET
    @Path("/staff/{id}")
    public Uni<StaffView> get(UUID id) {
        return service.find(id);
    }

    @PUT
    @Path("/staff/{id}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<StaffView> changeRoles(UUID id, @Valid @NotNull StaffRequests.RolesChange request) {
        return service.changeRoles(id, request.roles(), Actor.of(jwt));
    }

    @POST
    @Path("/staff/{id}/disable")
    public Uni<StaffView> disable(UUID id) {
        return service.setDisabled(id, true, Actor.of(jwt));
    }

    @POST
    @Path("/staff/{id}/enable")
    public Uni<StaffView> enable(UUID id) {
        return service.setDisabled(id, false, Actor.of(jwt));
    }

    @POST
    @Path("/staff/{id}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> resetPassword(UUID id, @Valid @NotNull StaffRequests.PasswordReset request) {
        return service.resetPassword(id, request.password(), Actor.of(jwt)).map(ignored -> Response.noContent().build());
    }

    @GET
    @Path("/audit")
    public Uni<List<AuditEntry>> audit(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size,
            @QueryParam("action") @Size(max = 64) String action) {
        return audit.newestFirst(page, size, action);
    }
}
