package no.samtale.identity;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;

/** Signs the two kinds of token: pseudonymous visitor tokens and staff session tokens. */
@ApplicationScoped
public class TokenIssuer {

    static final String TOKEN_VERSION_CLAIM = "ver";
    static final String DISPLAY_NAME_CLAIM = "name";

    private final SecureRandom random = new SecureRandom();
    private final IdentityConfig config;

    TokenIssuer(IdentityConfig config) {
        this.config = config;
    }

    /** A fresh random pseudonym of 144 bits; nothing about it is stored anywhere. */
    public IssuedToken visitor() {
        byte[] pseudonym = new byte[18];
        random.nextBytes(pseudonym);
        Instant expiresAt = Instant.now().plus(config.visitorTokenTtl());
        String token = Jwt.issuer(config.issuer())
                .subject(Base64.getUrlEncoder().withoutPadding().encodeToString(pseudonym))
                .groups(Role.VISITOR_GROUP)
                .expiresAt(expiresAt)
                .sign();
        return new IssuedToken(token, OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC));
    }

    public IssuedToken staff(StaffAccount account) {
        Instant expiresAt = Instant.now().plus(config.staffTokenTtl());
        Set<String> groups = account.roles.stream().map(Role::group).collect(Collectors.toSet());
        String token = Jwt.issuer(config.issuer())
                .subject(account.id.toString())
                .upn(account.username)
                .claim(DISPLAY_NAME_CLAIM, account.displayName)
                .claim(TOKEN_VERSION_CLAIM, account.tokenVersion)
                .groups(groups)
                .expiresAt(expiresAt)
                .sign();
        return new IssuedToken(token, OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC));
    }

    public record IssuedToken(String token, OffsetDateTime expiresAt) {
    }
}
