package no.samtale.qa;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "samtale.qa")
public interface QaConfig {

    /** Unpublished questions are deleted this long after their last change. */
    @WithDefault("P90D")
    Duration unpublishedRetention();

    /** Rejected and withdrawn questions go sooner. */
    @WithDefault("P7D")
    Duration closedRetention();

    /** New questions per second across the service, a ceiling against floods. */
    @WithDefault("5")
    int questionsPerSecond();

    /** Receipt look-ups and withdrawals per second across the service. */
    @WithDefault("100")
    int lookupsPerSecond();

    /** Answers older than this carry a notice, and the console lists them for review. */
    @WithDefault("P365D")
    Duration answerReviewAge();

    Search search();

    /** Archive pages and search results kept in memory (public, the same for everyone). */
    Pages pages();

    interface Pages {

        /** How many are kept. */
        @WithDefault("10000")
        long maximumSize();

        /** One asked for after this long is served as it is and fetched anew behind it. */
        @WithDefault("PT30S")
        Duration refreshAfter();

        /** One not asked for this long is dropped; the longest another instance's publishing goes unseen. */
        @WithDefault("PT60S")
        Duration expireAfter();
    }

    interface Search {

        /** A search ranks this many of the newest entries that match; deeper pages end there. */
        @WithDefault("100")
        int rankedWindow();

        /**
         * How many of the newest published entries a search may look through for its matches, when a sample of a
         * tenth of them shows the words are common enough to fill the window there; rarer words are found through
         * the text-search index, which is quicker for words few entries contain.
         */
        @WithDefault("3000")
        int newestScanned();

        /** Keep search results like the archive pages (off only to measure search itself). */
        @WithDefault("true")
        boolean cached();
    }

    /** Dev profile: load sample questions and answers (src/main/resources/dev/qa-samples.json) when there is none. */
    @WithDefault("false")
    boolean seedSamples();
}
