package no.samtale.identity;

import java.util.UUID;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonNumber;

/**
 * A staff token is only as good as its account: disabling an account, changing its roles or resetting its
 * password revokes every token issued before. Uses the plain reactive client because this runs outside any
 * Hibernate session.
 */
@ApplicationScoped
public class StaffTokenCheck implements SecurityIdentityAugmentor {

    private final Pool pool;

    StaffTokenCheck(Pool pool) {
        this.pool = pool;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)
                || identity.getRoles().stream().noneMatch(group -> Role.ofGroup(group).isPresent())) {
            return Uni.createFrom().item(identity);
        }
        UUID staffId;
        long version;
        try {
            staffId = UUID.fromString(jwt.getSubject());
            version = number(jwt.getClaim(TokenIssuer.TOKEN_VERSION_CLAIM));
        } catch (RuntimeException e) {
            return Uni.createFrom().failure(new AuthenticationFailedException("Malformed staff token"));
        }
        return pool.preparedQuery("SELECT disabled, token_version FROM staff_account WHERE id = $1")
                .execute(Tuple.of(staffId))
                .map(rows -> {
                    Row row = rows.iterator().hasNext() ? rows.iterator().next() : null;
                    if (row == null || row.getBoolean("disabled") || row.getInteger("token_version") != version) {
                        throw new AuthenticationFailedException("Staff token revoked");
                    }
                    return identity;
                });
    }

    private static long number(Object claim) {
        if (claim instanceof JsonNumber json) {
            return json.longValue();
        }
        if (claim instanceof Number n) {
            return n.longValue();
        }
        throw new IllegalArgumentException("Missing token version");
    }
}
