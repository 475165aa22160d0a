package no.samtale.identity;

import java.nio.charset.StandardCharsets;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * bcrypt via a library. Hashing is deliberately slow, so it runs on a worker thread and the result comes back
 * on the caller's Vert.x context (which Hibernate Reactive needs).
 */
@ApplicationScoped
public class PasswordHasher {

    // bcrypt reads at most 72 bytes; longer passphrases are pre-hashed instead of silently truncated.
    private static final BCrypt.Version VERSION = BCrypt.Version.VERSION_2B;
    private final BCrypt.Hasher hasher = BCrypt.with(VERSION, LongPasswordStrategies.hashSha512(VERSION));
    private final BCrypt.Verifyer verifyer = BCrypt.verifyer(VERSION, LongPasswordStrategies.hashSha512(VERSION));

    private final Vertx vertx;
    private final int cost;
    private final String decoyHash;

    PasswordHasher(Vertx vertx, IdentityConfig config) {
        this.vertx = vertx;
        this.cost = config.bcryptCost();
        this.decoyHash = hashNow("decoy password for unknown usernames");
    }

    public Uni<String> hash(String password) {
        return vertx.executeBlocking(Uni.createFrom().item(() -> hashNow(password)));
    }

    public Uni<Boolean> matches(String password, String hash) {
        return vertx.executeBlocking(Uni.createFrom().item(() -> verifyNow(password, hash)));
    }

    /** Spends the same time as a real check, so that unknown usernames cannot be told apart by timing. */
    public Uni<Boolean> matchNothing(String password) {
        return matches(password, decoyHash).map(ignored -> false);
    }

    private String hashNow(String password) {
        return new String(hasher.hash(cost, password.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    private boolean verifyNow(String password, String hash) {
        return verifyer.verify(password.getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.UTF_8)).verified;
    }
}
