package no.samtale.chat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.UserData;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.annotation.security.RolesAllowed;
import no.samtale.chat.ChatSocket.Follow;
import no.samtale.identity.CodeHasher;
import no.samtale.identity.Role;

/** The visitor's socket (docs/chat.md, "Visitor"). A visitor follows one conversation: their latest. */
@WebSocket(path = "/ws/chat")
@RolesAllowed(Role.VISITOR_GROUP)
public class VisitorChatSocket {

    static final UserData.TypedKey<ChatSocket> SOCKET = new UserData.TypedKey<>("samtale.chat.visitor");
    private static final Set<String> LANGUAGES = Set.of("nb", "sv", "en");
    private static final int MAX_TOPIC = 100;

    private final ChatHub hub;
    private final ChatStore store;
    private final ChatAvailability availability;
    private final FrameLimits limits;
    private final ObjectMapper json;
    private final CodeHasher hasher;
    private final SecurityIdentity identity;

    VisitorChatSocket(ChatHub hub, ChatStore store, ChatAvailability availability, FrameLimits limits,
            ObjectMapper json, CodeHasher hasher, SecurityIdentity identity) {
        this.hub = hub;
        this.store = store;
        this.availability = availability;
        this.limits = limits;
        this.json = json;
        this.hasher = hasher;
        this.identity = identity;
    }

    /** The conversation key: the token's pseudonym under the server's HMAC key, used by nothing else. */
    static byte[] visitorKey(CodeHasher hasher, String pseudonym) {
        return hasher.hash("chat:" + pseudonym);
    }

    @OnOpen
    Uni<Void> open(WebSocketConnection connection) {
        JsonWebToken jwt = (JsonWebToken) identity.getPrincipal();
        byte[] key = visitorKey(hasher, jwt.getSubject());
        connection.userData().put(SOCKET, new ChatSocket(ChatSocket.Side.VISITOR, connection, Vertx.currentContext(),
                key, null, limits.forVisitor(key), json));
        return Uni.createFrom().voidItem();
    }

    @OnTextMessage
    Uni<Void> frame(String text, WebSocketConnection connection) {
        return FrameHandling.handle(connection.userData().get(SOCKET), text, json, this::handle);
    }

    @OnClose
    void close(WebSocketConnection connection) {
        ChatSocket socket = connection.userData().get(SOCKET);
        if (socket == null) {
            return;
        }
        // The conversation stays; housekeeping stops confirming the visitor, and it ends if they stay away.
        socket.later(() -> hub.remove(socket));
    }

    private Uni<Void> handle(ChatSocket socket, Frame frame) {
        return switch (frame.type()) {
            case "start" -> start(socket, frame);
            case "message" -> message(socket, frame);
            case "typing" -> typing(socket);
            case "resume" -> resume(socket, frame.afterSeq());
            case "end" -> end(socket);
            default -> throw FrameHandling.unknownType(frame.type());
        };
    }

    private Uni<Void> start(ChatSocket socket, Frame frame) {
        String language = frame.string("language", true);
        if (!LANGUAGES.contains(language)) {
            throw Frame.badFrame("\"language\" is one of nb, sv, en.");
        }
        String topic = frame.string("topic", false);
        if (topic != null && (topic.isBlank() || topic.length() > MAX_TOPIC)) {
            throw Frame.badFrame("\"topic\" is 1 to " + MAX_TOPIC + " characters.");
        }
        return availability.now().chain(now -> {
            if (!now.open()) {
                socket.send(Frames.closed(now.reason(), now.nextOpening()));
                return Uni.createFrom().voidItem();
            }
            return store.start(socket.visitorKey, language, topic)
                    .chain(conversation -> socket.onContext(() -> {
                        List.copyOf(socket.follows.keySet()).forEach(old -> hub.unfollow(socket, old));
                        hub.follow(socket, conversation.id(), 0, null);
                        hub.publish(ChatEvent.queueChanged());
                    }).chain(() -> store.positionOf(conversation)).chain(position -> socket.onContext(
                            () -> hub.sendPosition(socket, conversation.id(), position))));
        });
    }

    private Uni<Void> message(ChatSocket socket, Frame frame) {
        UUID conversationId = current(socket);
        String clientMsgId = frame.clientMsgId();
        String text = frame.text();
        return store.append(conversationId, ChatMessage.VISITOR, null, clientMsgId, text).invoke(appended -> {
            socket.send(Frames.ack(socket, conversationId, clientMsgId, appended.message().seq()));
            hub.publish(ChatEvent.message(appended.message()));
        }).replaceWithVoid();
    }

    private Uni<Void> typing(ChatSocket socket) {
        UUID conversationId = current(socket);
        Follow follow = socket.follows.get(conversationId);
        if (follow != null && !Conversation.ENDED.equals(follow.announced)) {
            hub.publish(ChatEvent.typing(conversationId, ChatMessage.VISITOR));
        }
        return Uni.createFrom().voidItem();
    }

    /** Sends what the visitor missed of their latest conversation, then where it stands. */
    private Uni<Void> resume(ChatSocket socket, int afterSeq) {
        return store.latestForVisitor(socket.visitorKey).chain(found -> {
            if (found.isEmpty()) {
                throw ChatException.noConversation();
            }
            Conversation conversation = found.get();
            // A number from another conversation (an old tab) must not hide this one's first messages.
            int from = Math.min(afterSeq, conversation.lastSeq());
            Uni<Void> following = socket.onContext(() -> {
                List.copyOf(socket.follows.keySet()).forEach(old -> hub.unfollow(socket, old));
                hub.follow(socket, conversation.id(), from, () -> announceState(socket, conversation.id()));
            });
            return conversation.isEnded() ? following
                    : following.chain(() -> store.visitorSeen(List.of(conversation.id())));
        });
    }

    private void announceState(ChatSocket socket, UUID conversationId) {
        store.find(conversationId).subscribe().with(found -> found.ifPresent(c -> {
            if (c.isQueued()) {
                store.positionOf(c).subscribe().with(position -> socket.later(
                        () -> hub.sendPosition(socket, c.id(), position)),
                        failure -> socket.send(Frames.error(ChatException.unavailable(), null)));
            } else {
                socket.later(() -> {
                    Follow follow = socket.follows.get(c.id());
                    if (follow == null) {
                        return;
                    }
                    String state = c.isEnded() ? Conversation.ENDED : Conversation.ACTIVE + ":" + c.counsellorId();
                    if (!state.equals(follow.announced)) {
                        follow.announced = state;
                        socket.send(c.isEnded() ? Frames.ended(socket, c.id(), c.endedBy()) : Frames.joined(c.counsellorName()));
                    }
                });
            }
        }), failure -> socket.send(Frames.error(ChatException.unavailable(), null)));
    }

    private Uni<Void> end(ChatSocket socket) {
        return store.endByVisitor(socket.visitorKey).invoke(ended -> {
            Conversation c = ended.orElseThrow(ChatException::noConversation);
            hub.publish(ChatEvent.ended(c.id(), c.counsellorId(), "visitor"));
        }).replaceWithVoid();
    }

    /** The conversation this socket follows, after {@code start} or {@code resume}. */
    private static UUID current(ChatSocket socket) {
        return socket.follows.keySet().stream().findFirst().orElseThrow(() -> new ChatException("no-conversation",
                "Start a chat, or resume yours, first."));
    }
}
