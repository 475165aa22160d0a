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

    /** Dev profile: load sample questions and answers (src/main/resources/dev/qa-samples.json) when there is none. */
    @WithDefault("false")
    boolean seedSamples();
}
