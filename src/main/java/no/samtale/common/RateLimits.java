package no.samtale.common;

import java.time.Duration;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/** Limits across the whole service, never per client: anonymous features cannot tell one client from another. */
public final class RateLimits {

    private RateLimits() {
    }

    public static Bucket perSecond(int rate) {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(rate).refillGreedy(rate, Duration.ofSeconds(1)).build())
                .build();
    }
}
