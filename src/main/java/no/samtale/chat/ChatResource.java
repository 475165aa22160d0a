package no.samtale.chat;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.samtale.common.NoStore;
import no.samtale.identity.CodeHasher;
import no.samtale.identity.Role;

/** The public chat status and the visitor's right to erase their conversation. */
@Path("/api/chat")
@Produces(MediaType.APPLICATION_JSON)
public class ChatResource {

    public record Status(boolean open, int waiting, OffsetDateTime nextOpening) {
    }

    private final ChatAvailability availability;
    private final ChatStore store;
    private final ChatHub hub;
    private final CodeHasher hasher;
    private final JsonWebToken jwt;

    ChatResource(ChatAvailability availability, ChatStore store, ChatHub hub, CodeHasher hasher, JsonWebToken jwt) {
        this.availability = availability;
        this.store = store;
        this.hub = hub;
        this.hasher = hasher;
        this.jwt = jwt;
    }

    @GET
    @Path("/status")
    @PermitAll
    public Uni<Response> status() {
        return availability.now().chain(now -> store.waitingCount()
                .map(waiting -> Response.ok(new Status(now.open(), waiting, now.nextOpening()))
                        .cacheControl(NoStore.cacheControl()).build()));
    }

    /** Erases every conversation of this token at once: messages and notes go with it. */
    @DELETE
    @Path("/conversation")
    @RolesAllowed(Role.VISITOR_GROUP)
    public Uni<Response> erase() {
        return store.erase(VisitorChatSocket.visitorKey(hasher, jwt.getSubject())).map(erased -> {
            erased.forEach(c -> hub.publish(ChatEvent.ended(c.id(), c.counsellorId(), "erased")));
            return Response.noContent().build();
        });
    }
}
