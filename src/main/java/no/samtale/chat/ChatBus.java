package no.samtale.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import no.samtale.common.DatabaseStartup;

/**
 * Chat events between instances through PostgreSQL LISTEN/NOTIFY. Notifications are batched: while one NOTIFY is
 * on its way, events collect and go together in the next, so a busy instance sends far fewer NOTIFYs than
 * messages, and none sits in a message's own transaction.
 */
@Singleton
public class ChatBus {

    static final String CHANNEL = "samtale_chat";
    private static final Logger LOG = Logger.getLogger(ChatBus.class);
    /** PostgreSQL refuses payloads of 8000 bytes or more; this leaves room for the batch's own fields. */
    private static final int MAX_PAYLOAD = 7500;
    private static final long RECONNECT_MILLIS = 500;
    private static final long MAX_RETRY_MILLIS = 5_000;

    /** A batch as sent: which instance sent it, so that it skips its own. */
    record Batch(String instance, List<ChatEvent> events) {
    }

    private final String instance = UUID.randomUUID().toString();
    private final Queue<ChatEvent> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean sending = new AtomicBoolean();
    private final Pool pool;
    private final Vertx vertx;
    private final ObjectMapper json;
    private final Instance<ChatHub> hub;
    private final String url;
    private final String user;
    private final String password;
    private PgSubscriber subscriber;
    private volatile boolean stopping;

    ChatBus(Pool pool, Vertx vertx, ObjectMapper json, Instance<ChatHub> hub,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") java.util.Optional<String> password) {
        this.pool = pool;
        this.vertx = vertx;
        this.json = json;
        this.hub = hub;
        this.url = url.split(",")[0].trim();
        this.user = user;
        this.password = password.orElse("");
    }

    // After DatabaseStartup has made sure the database is there.
    void listen(@Observes @Priority(DatabaseStartup.PRIORITY + 10) StartupEvent start) {
        PgConnectOptions options = PgConnectOptions.fromUri(url).setUser(user);
        if (!password.isEmpty()) {
            options.setPassword(password);
        }
        subscriber = PgSubscriber.subscriber(vertx, options);
        subscriber.reconnectPolicy(attempts -> stopping ? -1L : RECONNECT_MILLIS);
        subscriber.channel(CHANNEL).handler(this::received).subscribeHandler(ignored -> {
            LOG.debug("Listening for chat events");
            hub.get().resync();
        });
        connect();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        stopping = true;
        if (subscriber != null) {
            subscriber.close();
        }
    }

    private void connect() {
        subscriber.connect().onFailure(failure -> {
            if (!stopping) {
                LOG.warnf("Cannot LISTEN for chat events yet (%s); trying again", failure.getMessage());
                vertx.setTimer(RECONNECT_MILLIS * 4, id -> connect());
            }
        });
    }

    /** Queues an event for the other instances. */
    void announce(ChatEvent event) {
        pending.add(event.withoutMessage());
        flush();
    }

    private void flush() {
        if (!sending.compareAndSet(false, true)) {
            return;
        }
        String payload = nextPayload();
        if (payload == null) {
            sending.set(false);
            if (!pending.isEmpty()) {
                flush();
            }
            return;
        }
        send(payload, 1);
    }

    private void send(String payload, int attempt) {
        pool.preparedQuery("SELECT pg_notify($1, $2)").execute(Tuple.of(CHANNEL, payload)).subscribe().with(
                ok -> sent(),
                failure -> {
                    if (stopping) {
                        return;
                    }
                    // Kept until it goes: the other instances' LISTEN may never have dropped, so they would not
                    // know to read what they missed.
                    if (attempt == 1) {
                        LOG.warnf("Could not announce chat events yet: %s", failure.getClass().getName());
                    }
                    vertx.setTimer(Math.min(RECONNECT_MILLIS * attempt, MAX_RETRY_MILLIS), id -> send(payload, attempt + 1));
                });
    }

    private void sent() {
        sending.set(false);
        if (!pending.isEmpty()) {
            flush();
        }
    }

    private String nextPayload() {
        List<ChatEvent> events = new ArrayList<>();
        int size = 0;
        ChatEvent event;
        while ((event = pending.peek()) != null) {
            int eventSize = write(event).length() + 1;
            if (!events.isEmpty() && size + eventSize > MAX_PAYLOAD) {
                break;
            }
            events.add(pending.poll());
            size += eventSize;
        }
        return events.isEmpty() ? null : write(new Batch(instance, events));
    }

    private void received(String payload) {
        try {
            Batch batch = json.readValue(payload, Batch.class);
            if (!instance.equals(batch.instance())) {
                batch.events().forEach(hub.get()::dispatch);
            }
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.warnf("Ignored a chat notification that could not be read: %s", e.getClass().getSimpleName());
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A batch is always plain data", e);
        }
    }
}
