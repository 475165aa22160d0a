package no.samtale.chat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jboss.logging.Logger;

import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import no.samtale.chat.ChatSocket.Follow;

/**
 * Delivers chat events to the sockets this instance holds. Each socket keeps, per conversation, the last seq it
 * was sent; an event that does not follow on directly makes it read the gap from PostgreSQL first, so every
 * socket sees every message once and in order, whether the event came from here, from another instance, or
 * not at all (after a lost LISTEN connection, {@link #resync} reads what was missed).
 */
@ApplicationScoped
public class ChatHub {

    private static final Logger LOG = Logger.getLogger(ChatHub.class);
    private static final int PAGE = 500;
    private static final int QUEUE_LISTED = 50;
    private static final long QUEUE_REFRESH_MILLIS = 250;
    private static final long RETRY_MILLIS = 1000;

    private final Map<UUID, Set<ChatSocket>> followers = new ConcurrentHashMap<>();
    private final Set<ChatSocket> consoles = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean queueRefreshScheduled = new AtomicBoolean();
    private volatile long nextQueueRefresh;

    private final ChatStore store;
    private final ChatBus bus;
    private final Vertx vertx;
    private final com.fasterxml.jackson.databind.ObjectMapper json;

    ChatHub(ChatStore store, ChatBus bus, Vertx vertx, com.fasterxml.jackson.databind.ObjectMapper json) {
        this.store = store;
        this.bus = bus;
        this.vertx = vertx;
        this.json = json;
    }

    // --- Sockets ----------------------------------------------------------------------------------------------

    void addConsole(ChatSocket socket) {
        if (!socket.closed) {
            consoles.add(socket);
        }
    }

    /** Forgets a closed socket. Runs on its context. */
    void remove(ChatSocket socket) {
        socket.closed = true;
        consoles.remove(socket);
        for (UUID conversationId : List.copyOf(socket.follows.keySet())) {
            unfollow(socket, conversationId);
        }
    }

    /** Starts sending a conversation to a socket from {@code afterSeq} on; {@code then} runs once caught up. */
    void follow(ChatSocket socket, UUID conversationId, int afterSeq, Runnable then) {
        if (socket.closed) {
            return;
        }
        Follow follow = new Follow(conversationId, afterSeq);
        follow.afterCatchUp = then;
        socket.follows.put(conversationId, follow);
        followers.compute(conversationId, (id, sockets) -> {
            Set<ChatSocket> set = sockets != null ? sockets : ConcurrentHashMap.newKeySet();
            set.add(socket);
            return set;
        });
        catchUp(socket, follow);
    }

    void unfollow(ChatSocket socket, UUID conversationId) {
        socket.follows.remove(conversationId);
        followers.computeIfPresent(conversationId, (id, sockets) -> {
            sockets.remove(socket);
            return sockets.isEmpty() ? null : sockets;
        });
    }

    /** Conversation ids with a visitor socket on this instance, for the housekeeping heartbeat. */
    List<UUID> followedByVisitors() {
        return followers.entrySet().stream().filter(e -> e.getValue().stream().anyMatch(ChatSocket::isVisitor))
                .map(Map.Entry::getKey).toList();
    }

    private java.util.stream.Stream<ChatSocket> consolesOf(UUID staffId) {
        return consoles.stream().filter(s -> s.staff.staffId().equals(staffId));
    }

    // --- Events -----------------------------------------------------------------------------------------------

    /** Delivers an event here and announces it to the other instances. */
    void publish(ChatEvent event) {
        dispatch(event);
        bus.announce(event);
    }

    /** Delivers an event to the sockets of this instance. */
    void dispatch(ChatEvent event) {
        switch (event.kind()) {
            case MESSAGE -> forFollowers(event.conversationId(), socket -> deliver(socket, event));
            case TYPING -> forFollowers(event.conversationId(), socket -> {
                if (socket.isVisitor() != ChatMessage.VISITOR.equals(event.from())
                        && socket.follows.containsKey(event.conversationId())) {
                    socket.send(Frames.typing(socket, event.conversationId()));
                }
            });
            case CLAIMED -> {
                announceCounsellor(event.conversationId(), event.staffId(), event.name());
                tellHolder(event.conversationId(), event.staffId());
                queueChanged();
            }
            case TRANSFERRED -> {
                forConsolesOf(event.staffId(), socket -> {
                    unfollow(socket, event.conversationId());
                    socket.send(Frames.transferred(event.conversationId(), event.name()));
                });
                announceCounsellor(event.conversationId(), event.toStaffId(), event.name());
                tellHolder(event.conversationId(), event.toStaffId());
            }
            case ENDED -> {
                // The holder's consoles hear of it even if they had not resumed the conversation yet.
                Set<ChatSocket> told = new java.util.HashSet<>(followers.getOrDefault(event.conversationId(), Set.of()));
                if (event.staffId() != null) {
                    consolesOf(event.staffId()).forEach(told::add);
                }
                told.forEach(socket -> socket.later(() -> {
                    if (socket.follows.containsKey(event.conversationId())) {
                        endFor(socket, event.conversationId(), event.by());
                    } else if (!socket.isVisitor()) {
                        socket.send(Frames.ended(socket, event.conversationId(), event.by()));
                    }
                }));
                queueChanged();
            }
            case QUEUE -> queueChanged();
        }
    }

    private void deliver(ChatSocket socket, ChatEvent event) {
        Follow follow = socket.follows.get(event.conversationId());
        if (follow == null || event.seq() <= follow.cursor) {
            return;
        }
        if (follow.catchingUp) {
            follow.wanted = Math.max(follow.wanted, event.seq());
        } else if (event.seq() == follow.cursor + 1 && event.message() != null) {
            follow.cursor = event.seq();
            socket.send(Frames.message(socket, event.message()));
        } else {
            follow.wanted = Math.max(follow.wanted, event.seq());
            catchUp(socket, follow);
        }
    }

    /**
     * Reads from PostgreSQL whatever this socket has not been sent yet, then runs what waited for it (the state
     * after a resume, an end). Runs on the socket's context.
     */
    private void catchUp(ChatSocket socket, Follow follow) {
        follow.catchingUp = true;
        store.messagesAfter(follow.conversationId, follow.cursor, PAGE).subscribe().with(
                messages -> socket.later(() -> {
                    follow.catchingUp = false;
                    if (socket.follows.get(follow.conversationId) != follow) {
                        return;
                    }
                    for (ChatMessage message : messages) {
                        if (message.seq() == follow.cursor + 1) {
                            follow.cursor = message.seq();
                            socket.send(Frames.message(socket, message));
                        }
                    }
                    // A message announced during the read may have committed after the read began: read again,
                    // unless the read found nothing at all (the conversation was erased).
                    if (messages.size() == PAGE || (follow.wanted > follow.cursor && !messages.isEmpty())) {
                        catchUp(socket, follow);
                        return;
                    }
                    follow.wanted = follow.cursor;
                    caughtUp(socket, follow);
                }),
                failure -> socket.later(() -> {
                    follow.catchingUp = false;
                    LOG.debugf("Catching up failed, trying again: %s", failure.getClass().getName());
                    vertx.setTimer(RETRY_MILLIS, id -> socket.later(() -> {
                        if (socket.follows.get(follow.conversationId) == follow && !follow.catchingUp && !socket.closed) {
                            catchUp(socket, follow);
                        }
                    }));
                }));
    }

    private void caughtUp(ChatSocket socket, Follow follow) {
        Runnable then = follow.afterCatchUp;
        follow.afterCatchUp = null;
        if (then != null) {
            then.run();
        }
        if (follow.pendingEnd != null && socket.follows.get(follow.conversationId) == follow) {
            String by = follow.pendingEnd;
            follow.pendingEnd = null;
            sendEnd(socket, follow, by);
        }
    }

    /** Ends a conversation for a socket after every message before the end has reached it. */
    private void endFor(ChatSocket socket, UUID conversationId, String by) {
        Follow follow = socket.follows.get(conversationId);
        if (follow == null || Conversation.ENDED.equals(follow.announced)) {
            return;
        }
        follow.pendingEnd = by;
        if (!follow.catchingUp) {
            catchUp(socket, follow);
        }
    }

    private void sendEnd(ChatSocket socket, Follow follow, String by) {
        if (Conversation.ENDED.equals(follow.announced)) {
            return;
        }
        follow.announced = Conversation.ENDED;
        socket.send(Frames.ended(socket, follow.conversationId, by));
        if (!socket.isVisitor() || "erased".equals(by)) {
            unfollow(socket, follow.conversationId);
        }
    }

    /** Tells the visitor who joined (on claim and transfer), once per counsellor. */
    private void announceCounsellor(UUID conversationId, UUID staffId, String name) {
        forFollowers(conversationId, socket -> {
            Follow follow = socket.follows.get(conversationId);
            String state = Conversation.ACTIVE + ":" + staffId;
            if (socket.isVisitor() && follow != null && !state.equals(follow.announced)) {
                follow.announced = state;
                socket.send(Frames.joined(name));
            }
        });
    }

    /** Sends {@code claimed} to the consoles of the counsellor who now holds the conversation. */
    private void tellHolder(UUID conversationId, UUID staffId) {
        if (consolesOf(staffId).findAny().isEmpty()) {
            return;
        }
        store.find(conversationId).subscribe().with(found -> found.filter(c -> c.heldBy(staffId))
                .ifPresent(c -> forConsolesOf(staffId, socket -> {
                    if (!socket.follows.containsKey(conversationId)) {
                        socket.send(Frames.claimed(c));
                    }
                })),
                failure -> LOG.debugf("Could not read a claimed conversation: %s", failure.getMessage()));
    }

    // --- Queue ------------------------------------------------------------------------------------------------

    /** Sends the queue to the consoles and new positions to waiting visitors, at most four times a second. */
    void queueChanged() {
        if (!queueRefreshScheduled.compareAndSet(false, true)) {
            return;
        }
        long delay = Math.max(1, nextQueueRefresh - System.currentTimeMillis());
        vertx.setTimer(delay, id -> refreshQueue());
    }

    private void refreshQueue() {
        nextQueueRefresh = System.currentTimeMillis() + QUEUE_REFRESH_MILLIS;
        queueRefreshScheduled.set(false);
        store.queue().subscribe().with(waiting -> {
            // One frame for every console: written once.
            String frame = ChatSocket.write(json, Frames.queue(waiting, QUEUE_LISTED));
            consoles.forEach(socket -> socket.sendText(frame));
            for (int i = 0; i < waiting.size(); i++) {
                UUID conversationId = waiting.get(i).conversationId();
                int position = i + 1;
                Set<ChatSocket> sockets = followers.get(conversationId);
                if (sockets != null) {
                    sockets.forEach(socket -> socket.later(() -> sendPosition(socket, conversationId, position)));
                }
            }
        }, failure -> {
            LOG.debugf("Could not read the queue, trying again: %s", failure.getMessage());
            vertx.setTimer(RETRY_MILLIS, id -> queueChanged());
        });
    }

    void sendPosition(ChatSocket socket, UUID conversationId, int position) {
        Follow follow = socket.follows.get(conversationId);
        if (socket.isVisitor() && follow != null && follow.position != position
                && !Conversation.ENDED.equals(follow.announced)
                && (follow.announced == null || Conversation.QUEUED.equals(follow.announced))) {
            follow.position = position;
            follow.announced = Conversation.QUEUED;
            socket.send(Frames.queued(conversationId, position));
        }
    }

    /** Sends the current queue to one console. */
    void sendQueue(ChatSocket socket) {
        store.queue().subscribe().with(waiting -> socket.send(Frames.queue(waiting, QUEUE_LISTED)),
                failure -> LOG.debugf("Could not read the queue: %s", failure.getMessage()));
    }

    // --- After a lost LISTEN connection -------------------------------------------------------------------------

    /** Reads what every socket may have missed while this instance heard no notifications. */
    void resync() {
        followers.forEach((conversationId, sockets) -> store.find(conversationId).subscribe().with(found -> {
            for (ChatSocket socket : sockets) {
                socket.later(() -> {
                    Follow follow = socket.follows.get(conversationId);
                    if (follow == null) {
                        return;
                    }
                    if (found.isEmpty()) {
                        endFor(socket, conversationId, "erased");
                        return;
                    }
                    Conversation c = found.get();
                    if (!follow.catchingUp) {
                        catchUp(socket, follow);
                    }
                    if (c.isEnded()) {
                        endFor(socket, conversationId, c.endedBy());
                    } else if (c.isActive() && socket.isVisitor()) {
                        announceCounsellor(conversationId, c.counsellorId(), c.counsellorName());
                    } else if (c.isActive() && !c.counsellorId().equals(socket.staff.staffId())) {
                        unfollow(socket, conversationId);
                        socket.send(Frames.transferred(conversationId, c.counsellorName()));
                    }
                });
            }
        }, failure -> LOG.debugf("Resync failed: %s", failure.getMessage())));
        consoles.forEach(socket -> store.heldBy(socket.staff.staffId()).subscribe().with(
                held -> held.forEach(c -> socket.later(() -> {
                    if (!socket.follows.containsKey(c.id())) {
                        socket.send(Frames.claimed(c));
                    }
                })),
                failure -> LOG.debugf("Resync failed: %s", failure.getMessage())));
        queueChanged();
    }

    // --- Helpers ----------------------------------------------------------------------------------------------

    private void forFollowers(UUID conversationId, java.util.function.Consumer<ChatSocket> action) {
        Set<ChatSocket> sockets = followers.get(conversationId);
        if (sockets != null) {
            sockets.forEach(socket -> socket.later(() -> action.accept(socket)));
        }
    }

    private void forConsolesOf(UUID staffId, java.util.function.Consumer<ChatSocket> action) {
        consolesOf(staffId).forEach(socket -> socket.later(() -> action.accept(socket)));
    }
}
