package no.samtale.chat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.samtale.common.NoStore;
import no.samtale.common.ProblemException;
import no.samtale.identity.Actor;
import no.samtale.identity.AuditLog;

/** The counsellor's view of their conversations: transcripts, internal notes, and who can take a transfer. */
@Path("/api/console")
@Tag(name = "console")
@RolesAllowed("counsellor")
@Produces(MediaType.APPLICATION_JSON)
public class ConsoleResource {

    public record ConversationView(UUID id, String language, String topic, String status, OffsetDateTime startedAt,
            OffsetDateTime endedAt, int lastSeq) {
        static ConversationView of(Conversation c) {
            return new ConversationView(c.id(), c.language(), c.topic(), c.status(), c.queuedAt(), c.endedAt(),
                    c.lastSeq());
        }
    }

    public record MessageView(int seq, String from, String text, OffsetDateTime sentAt) {
    }

    public record Transcript(ConversationView conversation, List<MessageView> messages) {
    }

    public record NoteView(UUID id, String text, String author, OffsetDateTime createdAt) {
    }

    public record NoteBody(@NotBlank @Size(max = 4000) @Pattern(regexp = "[^\\x00]*", message = "has a NUL character") String text) {
    }

    public record CounsellorView(UUID id, String displayName, String status, int activeChats) {
    }

    private final ChatStore store;
    private final Pool pool;
    private final AuditLog audit;
    private final ChatConfig config;
    private final JsonWebToken jwt;

    ConsoleResource(ChatStore store, Pool pool, AuditLog audit, ChatConfig config, JsonWebToken jwt) {
        this.store = store;
        this.pool = pool;
        this.audit = audit;
        this.config = config;
        this.jwt = jwt;
    }

    @GET
    @Path("/conversations")
    public Uni<List<ConversationView>> conversations() {
        return store.heldBy(Actor.of(jwt).staffId()).map(list -> list.stream().map(ConversationView::of).toList());
    }

    /** The whole conversation; every read is audited. */
    @GET
    @Path("/conversations/{id}/transcript")
    public Uni<Response> transcript(@PathParam("id") UUID id) {
        Actor me = Actor.of(jwt);
        return ownConversation(id).chain(c -> pool.withTransaction(tx -> audit.record(tx, me, "chat.transcript-read",
                "conversation", id.toString(), null))
                .chain(() -> store.messagesAfter(id, 0, Integer.MAX_VALUE))
                .map(messages -> Response.ok(new Transcript(ConversationView.of(c), messages.stream()
                        .map(m -> new MessageView(m.seq(), m.from(), m.text(), m.sentAt())).toList()))
                        .cacheControl(NoStore.cacheControl()).build()));
    }

    @GET
    @Path("/conversations/{id}/notes")
    public Uni<List<NoteView>> notes(@PathParam("id") UUID id) {
        return ownConversation(id).chain(c -> pool.preparedQuery("SELECT n.id, n.text, a.display_name, n.created_at"
                + " FROM chat_note n JOIN staff_account a ON a.id = n.staff_id WHERE n.conversation_id = $1"
                + " ORDER BY n.created_at, n.id").execute(Tuple.of(id)).map(rows -> {
                    List<NoteView> notes = new ArrayList<>();
                    rows.forEach(r -> notes.add(new NoteView(r.getUUID("id"), r.getString("text"),
                            r.getString("display_name"), r.getOffsetDateTime("created_at"))));
                    return notes;
                }));
    }

    @POST
    @Path("/conversations/{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> addNote(@PathParam("id") UUID id, @Valid @NotNull NoteBody body) {
        Actor me = Actor.of(jwt);
        UUID noteId = UUID.randomUUID();
        return ownConversation(id).chain(c -> pool.preparedQuery("INSERT INTO chat_note (id, conversation_id,"
                + " staff_id, text, created_at) VALUES ($1, $2, $3, $4, now()) RETURNING created_at")
                .execute(Tuple.of(noteId, id, me.staffId(), body.text().strip())))
                .chain(rows -> pool.preparedQuery("SELECT display_name FROM staff_account WHERE id = $1")
                        .execute(Tuple.of(me.staffId()))
                        .map(names -> new NoteView(noteId, body.text().strip(),
                                names.iterator().next().getString("display_name"),
                                rows.iterator().next().getOffsetDateTime("created_at"))))
                .map(note -> Response.status(Response.Status.CREATED).entity(note).build());
    }

    /** Counsellors other than the caller, with whether they could take a transfer now. */
    @GET
    @Path("/counsellors")
    public Uni<List<CounsellorView>> counsellors() {
        return pool.preparedQuery("SELECT a.id, a.display_name,"
                + " CASE WHEN p.seen_at > now() - $2::int * interval '1 second' THEN p.status ELSE 'offline' END AS status,"
                + " (SELECT count(*) FROM chat_conversation c WHERE c.counsellor_id = a.id AND c.status = 'active') AS held"
                + " FROM staff_account a LEFT JOIN chat_presence p ON p.staff_id = a.id"
                + " WHERE NOT a.disabled AND a.roles LIKE '%counsellor%' AND a.id <> $1 ORDER BY a.display_name")
                .execute(Tuple.of(Actor.of(jwt).staffId(), (int) config.presenceTimeout().toSeconds()))
                .map(rows -> {
                    List<CounsellorView> list = new ArrayList<>();
                    rows.forEach(r -> list.add(new CounsellorView(r.getUUID("id"), r.getString("display_name"),
                            r.getString("status"), r.getLong("held").intValue())));
                    return list;
                });
    }

    /** The conversation if the caller holds it or held it last; 404 otherwise, so ids reveal nothing. */
    private Uni<Conversation> ownConversation(UUID id) {
        UUID me = Actor.of(jwt).staffId();
        return store.find(id).map(found -> found.filter(c -> me.equals(c.counsellorId()))
                .orElseThrow(() -> ProblemException.notFound("No conversation of yours has that id.")));
    }
}
