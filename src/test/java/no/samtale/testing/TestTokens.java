package no.samtale.testing;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;

import io.smallrye.jwt.build.Jwt;

/** Tokens no honest client has: expired, foreign, forged or tampered. */
public final class TestTokens {

    private static final KeyPair FOREIGN_KEY = newKey();

    private TestTokens() {
    }

    /** Signed with the service's (demo) key but already expired. */
    public static String expired(String group) {
        return Jwt.issuer("samtale").subject("expired-pseudonym").groups(group)
                .issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600)).sign();
    }

    public static String wrongIssuer(String group) {
        return Jwt.issuer("someone-else").subject("pseudonym").groups(group)
                .expiresAt(Instant.now().plusSeconds(600)).sign();
    }

    /** Well-formed, right issuer, signed with a key that is not the service's. */
    public static String foreignKey(String group) {
        return Jwt.issuer("samtale").subject("pseudonym").groups(group)
                .expiresAt(Instant.now().plusSeconds(600)).sign(FOREIGN_KEY.getPrivate());
    }

    /** An unsigned token ({@code alg: none}) claiming a group. */
    public static String unsigned(String group) {
        String header = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String payload = base64("{\"iss\":\"samtale\",\"sub\":\"x\",\"groups\":[\"" + group + "\"],\"exp\":"
                + Instant.now().plusSeconds(600).getEpochSecond() + "}");
        return header + "." + payload + ".";
    }

    /** A real token whose payload was swapped for one claiming another group, keeping the old signature. */
    public static String tampered(String realToken, String group) {
        String[] parts = realToken.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replaceFirst("\"groups\":\\[[^]]*]", "\"groups\":[\"" + group + "\"]");
        return parts[0] + "." + base64(payload) + "." + parts[2];
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static KeyPair newKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
