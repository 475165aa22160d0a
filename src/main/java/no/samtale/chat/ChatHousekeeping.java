package no.samtale.chat;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Confirms this instance's counsellors and visitors as present, and ends chats whose visitor went away. */
@ApplicationScoped
public class ChatHousekeeping {

    private static final Logger LOG = Logger.getLogger(ChatHousekeeping.class);

    private final Presence presence;
    private final ChatStore store;
    private final ChatHub hub;
    private final ChatConfig config;

    ChatHousekeeping(Presence presence, ChatStore store, ChatHub hub, ChatConfig config) {
        this.presence = presence;
        this.store = store;
        this.hub = hub;
        this.config = config;
    }

    @Scheduled(every = "${samtale.chat.housekeeping-every:20s}", delayed = "${samtale.chat.housekeeping-every:20s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> run() {
        return presence.confirm()
                .chain(() -> store.visitorSeen(hub.followedByVisitors()))
                .chain(() -> store.endAbandoned(config.queueGrace(), config.activeGrace()))
                .invoke(ended -> ended.forEach(a -> hub.publish(ChatEvent.ended(a.conversationId(), a.counsellorId(),
                        "timeout"))))
                .onFailure().invoke(failure -> LOG.warnf("Chat housekeeping failed: %s", failure.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
