package no.samtale.identity;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/visitor/tokens")
@Tag(name = "visitor")
@PermitAll
public class VisitorTokenResource {

    private final TokenIssuer issuer;

    VisitorTokenResource(TokenIssuer issuer) {
        this.issuer = issuer;
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue a pseudonymous visitor token", description = "Nothing is stored when a token is issued.")
    public Response issue() {
        return Response.status(Response.Status.CREATED).entity(issuer.visitor()).build();
    }
}
