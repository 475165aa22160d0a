package no.samtale.chat;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "samtale.chat")
public interface ChatConfig {

    /** How many conversations one counsellor can hold at once. */
    @WithDefault("3")
    int maxConcurrentChats();

    /** Frames one socket may send per second, on average; more get {@code error rate-limited}. */
    @WithDefault("10")
    int framesPerSecond();

    /** Frames one socket may send in a burst. */
    @WithDefault("20")
    int frameBurst();

    /** Transcripts (messages and notes) are deleted this long after the chat ended. */
    @WithDefault("P30D")
    Duration retention();

    /** A queued chat whose visitor has had no socket open for this long ends ("timeout"). */
    @WithDefault("PT2M")
    Duration queueGrace();

    /** An active chat whose visitor has had no socket open for this long ends ("timeout"). */
    @WithDefault("PT12H")
    Duration activeGrace();

    /** A counsellor counts as present while an instance has confirmed their console socket this recently. */
    @WithDefault("PT60S")
    Duration presenceTimeout();

    /** Opening hours are read in this zone. */
    @WithDefault("Europe/Oslo")
    ZoneId zone();

    /**
     * Origins allowed to open a socket (browsers always send one; other clients send none). Empty means only
     * {@code samtale.web.public-origin}.
     */
    Optional<List<String>> allowedOrigins();

    /** How often present counsellors are confirmed and abandoned queued chats are ended ("20s"). */
    @WithDefault("20s")
    String housekeepingEvery();

    /**
     * Dev profile: sample set-up, like {@code samtale.qa.seed-samples}: when no opening hours are set, open every
     * day around the clock; and a few canned replies when there are none.
     */
    @WithDefault("false")
    boolean seedSamples();
}
