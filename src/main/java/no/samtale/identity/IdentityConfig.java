package no.samtale.identity;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "samtale.identity")
public interface IdentityConfig {

    @WithDefault("samtale")
    String issuer();

    @WithDefault("PT12H")
    Duration visitorTokenTtl();

    @WithDefault("PT8H")
    Duration staffTokenTtl();

    /** bcrypt work factor (log2 rounds). */
    @WithDefault("11")
    int bcryptCost();

    /** Failed logins allowed for one username inside {@link #loginFailureWindow()}. */
    @WithDefault("5")
    int loginFailuresPerUser();

    @WithDefault("PT15M")
    Duration loginFailureWindow();

    /** Login attempts per second across all usernames, a ceiling against spraying. */
    @WithDefault("20")
    int loginAttemptsPerSecond();

    @WithDefault("admin")
    String bootstrapAdminUsername();

    Optional<String> bootstrapAdminPassword();

    @WithDefault("false")
    boolean seedDemoAccounts();
}
