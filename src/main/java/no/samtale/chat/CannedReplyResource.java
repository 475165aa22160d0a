package no.samtale.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.samtale.common.ProblemException;

/** Replies counsellors keep ready to insert into a chat, shared by all counsellors. */
@Path("/api/console/canned-replies")
@Tag(name = "console")
@RolesAllowed("counsellor")
@Produces(MediaType.APPLICATION_JSON)
public class CannedReplyResource {

    public record CannedReply(UUID id, String title, String text, String language) {
        static CannedReply of(Row row) {
            return new CannedReply(row.getUUID("id"), row.getString("title"), row.getString("text"),
                    row.getString("language"));
        }
    }

    public record CannedReplyBody(@NotBlank @Size(max = 100) @Pattern(regexp = NO_NUL, message = "has a NUL character") String title,
            @NotBlank @Size(max = 4000) @Pattern(regexp = NO_NUL, message = "has a NUL character") String text,
            @NotNull @Pattern(regexp = "nb|sv|en", message = "is nb, sv or en") String language) {
    }

    private static final String NO_NUL = "[^\\x00]*";

    private final Pool pool;

    CannedReplyResource(Pool pool) {
        this.pool = pool;
    }

    @GET
    public Uni<List<CannedReply>> list() {
        return pool.query("SELECT id, title, text, language FROM chat_canned_reply ORDER BY language, lower(title)")
                .execute().map(rows -> {
                    List<CannedReply> list = new ArrayList<>();
                    rows.forEach(r -> list.add(CannedReply.of(r)));
                    return list;
                });
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> create(@Valid @NotNull CannedReplyBody body) {
        UUID id = UUID.randomUUID();
        return pool.preparedQuery("INSERT INTO chat_canned_reply (id, title, text, language, updated_at)"
                + " VALUES ($1, $2, $3, $4, now())")
                .execute(Tuple.of(id, body.title().strip(), body.text().strip(), body.language()))
                .map(done -> Response.status(Response.Status.CREATED)
                        .entity(new CannedReply(id, body.title().strip(), body.text().strip(), body.language())).build());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<CannedReply> update(@PathParam("id") UUID id, @Valid @NotNull CannedReplyBody body) {
        return pool.preparedQuery("UPDATE chat_canned_reply SET title = $2, text = $3, language = $4,"
                + " updated_at = now() WHERE id = $1 RETURNING id, title, text, language")
                .execute(Tuple.of(id, body.title().strip(), body.text().strip(), body.language()))
                .map(rows -> {
                    if (rows.size() == 0) {
                        throw ProblemException.notFound("No canned reply has that id.");
                    }
                    return CannedReply.of(rows.iterator().next());
                });
    }

    @DELETE
    @Path("/{id}")
    public Uni<Response> delete(@PathParam("id") UUID id) {
        return pool.preparedQuery("DELETE FROM chat_canned_reply WHERE id = $1").execute(Tuple.of(id)).map(rows -> {
            if (rows.rowCount() == 0) {
                throw ProblemException.notFound("No canned reply has that id.");
            }
            return Response.noContent().build();
        });
    }
}
