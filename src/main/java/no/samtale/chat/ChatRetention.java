package no.samtale.chat;

import java.time.OffsetDateTime;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import no.samtale.privacy.RetentionPolicy;

/** Deletes ended conversations (messages and notes with them) once the retention period has passed. */
@ApplicationScoped
public class ChatRetention implements RetentionPolicy {

    private final ChatStore store;
    private final ChatConfig config;

    ChatRetention(ChatStore store, ChatConfig config) {
        this.store = store;
        this.config = config;
    }

    @Override
    public String subject() {
        return "chat conversations";
    }

    @Override
    public Uni<Long> deleteExpired() {
        return store.deleteEndedBefore(OffsetDateTime.now().minus(config.retention()));
    }
}
