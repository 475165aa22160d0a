package no.samtale.chat;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Confirms this instance's counsellors as present and ends queued chats whose visitor went away. */
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
                .chain(() -> store.endAbandoned(config.queueGrace()))
                .invoke(ended -> ended.forEach(id -> hub.publish(ChatEvent.ended(id, null, "timeout"))))
                .onFailure().invoke(failure -> LOG.warnf("Chat housekeeping failed: %s", failure.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
