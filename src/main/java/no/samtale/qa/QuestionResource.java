package no.samtale.qa;

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
import no.samtale.common.NoStore;
import no.samtale.qa.QuestionViews.ForAsker;

/** Anonymous questions. The receipt travels only in request bodies, never in a URL. */
@Path("/api/questions")
@Tag(name = "questions")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QuestionResource {

    private final QuestionService questions;

    QuestionResource(QuestionService questions) {
        this.questions = questions;
    }

    @POST
    @Operation(summary = "Ask anonymously; answers the receipt code (shown only once)")
    public Uni<Response> ask(@Valid @NotNull QuestionRequests.Ask request) {
        return questions.ask(request).map(received -> Response.status(Response.Status.CREATED).entity(received)
                .cacheControl(NoStore.cacheControl()).build());
    }

    @POST
    @Path("/lookup")
    public Uni<ForAsker> lookup(@Valid @NotNull QuestionRequests.Receipt request) {
        return questions.lookup(request.receipt());
    }

    @POST
    @Path("/withdraw")
    public Uni<Response> withdraw(@Valid @NotNull QuestionRequests.Receipt request) {
        return questions.withdraw(request.receipt()).map(ignored -> Response.noContent().build());
    }
}
