package no.samtale.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Throttles password guessing per username and overall. Known and unknown usernames are throttled alike,
 * so the throttle itself does not reveal which accounts exist. Buckets live in memory only and are keyed
 * by a digest of the typed username (people sometimes type a password into the username field).
 */
@ApplicationScoped
public class LoginThrottle {

    private final Cache<String, Bucket> failuresByUser;
    private final Bucket attempts;
    private final IdentityConfig config;

    LoginThrottle(IdentityConfig config) {
        this.config = config;
        this.failuresByUser = Caffeine.newBuilder()
                .expireAfterAccess(config.loginFailureWindow().multipliedBy(2))
                .maximumSize(100_000)
                .build();
        this.attempts = Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(config.loginAttemptsPerSecond())
                        .refillGreedy(config.loginAttemptsPerSecond(), Duration.ofSeconds(1)).build())
                .build();
    }

    /** Takes one attempt; answers how long to wait when this attempt must not be checked. */
    public Optional<Duration> admit(String username) {
        Bucket user = failuresByUser.getIfPresent(key(username));
        if (user != null) {
            EstimationProbe probe = user.estimateAbilityToConsume(1);
            if (!probe.canBeConsumed()) {
                return Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
            }
        }
        if (!attempts.tryConsume(1)) {
            return Optional.of(Duration.ofSeconds(1));
        }
        return Optional.empty();
    }

    public void failed(String username) {
        failuresByUser.get(key(username), k -> newUserBucket()).tryConsume(1);
    }

    public void succeeded(String username) {
        failuresByUser.invalidate(key(username));
    }

    private Bucket newUserBucket() {
        int failures = config.loginFailuresPerUser();
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(failures)
                        .refillGreedy(failures, config.loginFailureWindow()).build())
                .build();
    }

    private static String key(String username) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(username.trim().toLowerCase().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
