package no.samtale.chat;

import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * One frame budget per token, shared by all its sockets on this instance, so that opening more sockets does not
 * buy more frames. Kept in memory only, and forgotten ten minutes after its last use.
 */
@ApplicationScoped
public class FrameLimits {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(200_000).build();
    private final ChatConfig config;

    FrameLimits(ChatConfig config) {
        this.config = config;
    }

    Bucket forVisitor(byte[] visitorKey) {
        return buckets.get("v:" + Base64.getEncoder().encodeToString(visitorKey), key -> newBucket());
    }

    Bucket forStaff(UUID staffId) {
        return buckets.get("s:" + staffId, key -> newBucket());
    }

    private Bucket newBucket() {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(config.frameBurst())
                .refillGreedy(config.framesPerSecond(), Duration.ofSeconds(1)).build()).build();
    }
}
