package no.samtale.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;

/** Codes are stored only as HMAC-SHA256 under a server key, so a copy of the database does not reveal them. */
@ApplicationScoped
public class CodeHasher {

    private final SecretKeySpec key;

    CodeHasher(@ConfigProperty(name = "samtale.codes.hmac-key") String secret) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(secret.trim());
        } catch (IllegalArgumentException notBase64) {
            bytes = secret.getBytes(StandardCharsets.UTF_8);
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    /** A new code to show its holder once, with the hash that is all the service keeps. */
    public record IssuedCode(String code, byte[] hash) {
    }

    public IssuedCode issue() {
        String code = AccessCode.generate();
        return new IssuedCode(code, hash(AccessCode.normalise(code).orElseThrow()));
    }

    /** The hash of a code as a visitor typed it, or empty when it cannot be a code. */
    public Optional<byte[]> hashOfTyped(String typed) {
        return AccessCode.normalise(typed).map(this::hash);
    }

    /** The hash of a code in its canonical form (see {@link AccessCode#normalise}). */
    public byte[] hash(String canonicalCode) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(canonicalCode.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
