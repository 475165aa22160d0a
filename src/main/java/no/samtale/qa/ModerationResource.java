package no.samtale.qa;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import no.samtale.common.ProblemException;
import no.samtale.identity.Actor;
import no.samtale.qa.QuestionViews.ForStaff;

/** Moderators screen, redact, accept, reject, publish; counsellors answer. */
@Path("/api/console/questions")
@Tag(name = "moderation")
@Produces(MediaType.APPLICATION_JSON)
public class ModerationResource {

    private final ModerationService moderation;
    private final JsonWebToken jwt;

    ModerationResource(ModerationService moderation, JsonWebToken jwt) {
        this.moderation = moderation;
        this.jwt = jwt;
    }

    @GET
    @RolesAllowed({ "moderator", "counsellor" })
    public Uni<List<ForStaff>> list(@QueryParam("status") @DefaultValue("received") String status) {
        QuestionStatus wanted;
        try {
            wanted = QuestionStatus.valueOf(status.toUpperCase());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("Unknown status '" + status + "'");
        }
        return moderation.list(wanted);
    }

    @GET
    @Path("/review")
    @RolesAllowed({ "moderator", "counsellor" })
    public Uni<List<ForStaff>> dueForReview() {
        return moderation.dueForReview();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ "moderator", "counsellor" })
    public Uni<ForStaff> get(UUID id) {
        return moderation.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed("moderator")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<ForStaff> edit(UUID id, @Valid @NotNull QuestionRequests.Edit edit) {
        return moderation.edit(id, edit, Actor.of(jwt));
    }

    @POST
    @Path("/{id}/accept")
    @RolesAllowed("moderator")
    public Uni<ForStaff> accept(UUID id) {
        return moderation.accept(id, Actor.of(jwt));
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed("moderator")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<ForStaff> reject(UUID id, @Valid @NotNull QuestionRequests.Reject request) {
        return moderation.reject(id, request.reason(), Actor.of(jwt));
    }

    @POST
    @Path("/{id}/answer")
    @RolesAllowed("counsellor")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<ForStaff> answer(UUID id, @Valid @NotNull QuestionRequests.Answer request) {
        return moderation.answer(id, request.body(), Actor.of(jwt));
    }

    @POST
    @Path("/preview")
    @RolesAllowed("counsellor")
    @Consumes(MediaType.APPLICATION_JSON)
    public QuestionViews.Preview preview(@Valid @NotNull QuestionRequests.Answer request) {
        return moderation.preview(request.body());
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed("moderator")
    public Uni<ForStaff> publish(UUID id) {
        return moderation.publish(id, Actor.of(jwt));
    }

    @POST
    @Path("/{id}/unpublish")
    @RolesAllowed("moderator")
    public Uni<ForStaff> unpublish(UUID id) {
        return moderation.unpublish(id, Actor.of(jwt));
    }
}
