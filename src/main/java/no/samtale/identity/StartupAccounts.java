package no.samtale.identity;

import java.util.EnumSet;
import java.util.Set;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import no.samtale.common.DatabaseStartup;

/** Creates the first admin from SAMTALE_BOOTSTRAP_ADMIN_PASSWORD, and the documented demo accounts in dev. */
@ApplicationScoped
public class StartupAccounts {

    /** The demo accounts of the dev profile; README lists them. */
    static final String DEMO_PASSWORD = "samtale-demo-password";
    static final Set<DemoAccount> DEMO_ACCOUNTS = Set.of(
            new DemoAccount("demo-admin", "Demo Admin", EnumSet.of(Role.ADMIN)),
            new DemoAccount("demo-counsellor", "Rådgiver Demo", EnumSet.of(Role.COUNSELLOR)),
            new DemoAccount("demo-moderator", "Moderator Demo", EnumSet.of(Role.MODERATOR, Role.COUNSELLOR)),
            new DemoAccount("demo-clinic", "Klinikk Demo", EnumSet.of(Role.CLINIC)));

    record DemoAccount(String username, String displayName, Set<Role> roles) {
    }

    private static final Logger LOG = Logger.getLogger(StartupAccounts.class);

    private final StaffService staff;
    private final IdentityConfig config;

    StartupAccounts(StaffService staff, IdentityConfig config) {
        this.staff = staff;
        this.config = config;
    }

    void onStart(@Observes @Priority(DatabaseStartup.PRIORITY + 10) StartupEvent event) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> bootstrapAdmin().chain(this::demoAccounts));
    }

    private Uni<Void> bootstrapAdmin() {
        return staff.anyActiveAdmin().chain(exists -> {
            if (exists) {
                return Uni.createFrom().voidItem();
            }
            String password = config.bootstrapAdminPassword().filter(p -> !p.isBlank()).orElse(null);
            if (password == null) {
                LOG.warn("No active admin account exists. Set SAMTALE_BOOTSTRAP_ADMIN_PASSWORD to create one.");
                return Uni.createFrom().voidItem();
            }
            return staff.ensureAccount(config.bootstrapAdminUsername(), "Administrator", password, EnumSet.of(Role.ADMIN))
                    .invoke(created -> LOG.infof(created ? "Created the bootstrap admin account '%s'"
                            : "Username '%s' exists but is no active admin; no bootstrap admin created",
                            config.bootstrapAdminUsername()))
                    .replaceWithVoid();
        });
    }

    private Uni<Void> demoAccounts() {
        if (!config.seedDemoAccounts()) {
            return Uni.createFrom().voidItem();
        }
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (DemoAccount demo : DEMO_ACCOUNTS) {
            chain = chain.chain(() -> staff.ensureAccount(demo.username(), demo.displayName(), DEMO_PASSWORD, demo.roles())
                    .replaceWithVoid());
        }
        return chain.invoke(() -> LOG.info("Demo staff accounts are ready (see README, Demo accounts)"));
    }
}
