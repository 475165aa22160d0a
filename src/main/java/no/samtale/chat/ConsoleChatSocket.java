package no.samtale.chat;

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
import no.samtale.identity.Actor;

/** The counsellor's socket (docs/chat.md, "Console"): the queue and every conversation they hold. */
@WebSocket(path = "/ws/console")
@RolesAllowed("counsellor")
public class ConsoleChatSocket {

    static final UserData.TypedKey<ChatSocket> SOCKET = new UserData.TypedKey<>("samtale.chat.console");

    private final ChatHub hub;
    private final ChatStore store;
    private final Presence presence;
    private final ChatConfig config;
    private final FrameLimits limits;
    private final ObjectMapper json;
    private final SecurityIdentity identity;

    ConsoleChatSocket(ChatHub hub, ChatStore store, Presence presence, ChatConfig config, FrameLimits limits,
            ObjectMapper json, SecurityIdentity identity) {
        this.hub = hub;
        this.store = store;
        this.presence = presence;
        this.config = config;
        this.limits = limits;
        this.json = json;
        this.identity = identity;
    }

    @OnOpen
    Uni<Void> open(WebSocketConnection connection) {
        Actor staff = Actor.of((JsonWebToken) identity.getPrincipal());
        ChatSocket socket = new ChatSocket(ChatSocket.Side.CONSOLE, connection, Vertx.currentContext(), null, staff,
                limits.forStaff(staff.staffId()), json);
        connection.userData().put(SOCKET, socket);
        hub.addConsole(socket);
        hub.sendQueue(socket);
        return presence.connected(staff.staffId())
                .chain(() -> store.heldBy(staff.staffId()))
                .invoke(held -> held.forEach(c -> socket.send(Frames.claimed(c))))
                .onFailure().recoverWithItem(failure -> {
                    socket.send(Frames.error(ChatException.unavailable(), null));
                    return null;
                })
                .replaceWithVoid();
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
        socket.later(() -> {
            hub.remove(socket);
            presence.disconnected(socket.staff.staffId()).subscribe().with(ok -> {
            }, failure -> {
            });
        });
    }

    private Uni<Void> handle(ChatSocket socket, Frame frame) {
        return switch (frame.type()) {
            case "presence" -> presence(socket, frame);
            case "claim" -> claim(socket, frame.conversationId());
            case "resume" -> resume(socket, frame.conversationId(), frame.afterSeq());
            case "message" -> message(socket, frame);
            case "typing" -> typing(socket, frame.conversationId());
            case "transfer" -> transfer(socket, frame);
            case "end" -> end(socket, frame.conversationId());
            default -> throw FrameHandling.unknownType(frame.type());
        };
    }

    private Uni<Void> presence(ChatSocket socket, Frame frame) {
        String status = frame.string("status", true);
        if (!Presence.AVAILABLE.equals(status) && !Presence.AWAY.equals(status)) {
            throw Frame.badFrame("\"status\" is \"available\" or \"away\".");
        }
        return presence.set(socket.staff.staffId(), status);
    }

    private Uni<Void> claim(ChatSocket socket, UUID conversationId) {
        return store.claim(conversationId, socket.staff, config.maxConcurrentChats()).chain(c -> socket.onContext(() -> {
            socket.send(Frames.claimed(c));
            hub.follow(socket, c.id(), 0, null);
            hub.publish(ChatEvent.claimed(c));
        }));
    }

    private Uni<Void> resume(ChatSocket socket, UUID conversationId, int afterSeq) {
        return store.find(conversationId).chain(found -> {
            if (found.isEmpty() || !found.get().heldBy(socket.staff.staffId())) {
                throw ChatException.notYours();
            }
            int from = Math.min(afterSeq, found.get().lastSeq());
            return socket.onContext(() -> {
                // A socket that already follows it (it claimed it) is being sent everything already.
                if (!socket.follows.containsKey(conversationId)) {
                    hub.follow(socket, conversationId, from, () -> stillHeld(socket, conversationId));
                }
            });
        });
    }

    /** A transfer can pass between the check and the follow: then this socket lets go again. */
    private void stillHeld(ChatSocket socket, UUID conversationId) {
        store.find(conversationId).subscribe().with(found -> {
            if (found.isPresent() && found.get().isActive() && !found.get().heldBy(socket.staff.staffId())) {
                socket.later(() -> {
                    hub.unfollow(socket, conversationId);
                    socket.send(Frames.transferred(conversationId, found.get().counsellorName()));
                });
            }
        }, failure -> {
            // The next resync or event corrects it.
        });
    }

    private Uni<Void> message(ChatSocket socket, Frame frame) {
        UUID conversationId = frame.conversationId();
        String clientMsgId = frame.clientMsgId();
        String text = frame.text();
        return store.append(conversationId, ChatMessage.COUNSELLOR, socket.staff.staffId(), clientMsgId, text)
                .invoke(appended -> {
                    socket.send(Frames.ack(socket, conversationId, clientMsgId, appended.message().seq()));
                    hub.publish(ChatEvent.message(appended.message()));
                }).replaceWithVoid();
    }

    private Uni<Void> typing(ChatSocket socket, UUID conversationId) {
        if (!socket.follows.containsKey(conversationId)) {
            throw ChatException.notYours();
        }
        hub.publish(ChatEvent.typing(conversationId, ChatMessage.COUNSELLOR));
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> transfer(ChatSocket socket, Frame frame) {
        UUID conversationId = frame.conversationId();
        UUID to;
        try {
            to = UUID.fromString(frame.string("toStaffId", true));
        } catch (IllegalArgumentException e) {
            throw Frame.badFrame("\"toStaffId\" is not a staff id.");
        }
        return store.transfer(conversationId, socket.staff, to, config.maxConcurrentChats(), config.presenceTimeout())
                .invoke(c -> hub.publish(ChatEvent.transferred(c, socket.staff.staffId()))).replaceWithVoid();
    }

    private Uni<Void> end(ChatSocket socket, UUID conversationId) {
        return store.endByCounsellor(conversationId, socket.staff)
                .invoke(c -> hub.publish(ChatEvent.ended(c.id(), socket.staff.staffId(), "counsellor")))
                .replaceWithVoid();
    }
}
