package no.samtale.common;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

import io.quarkus.flyway.FlywayDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Before anything touches the database: make sure PostgreSQL answers, create the database in dev and test
 * when it is missing, then migrate the schema with Flyway.
 */
@ApplicationScoped
public class DatabaseStartup {

    /** Runs before every other start-up observer. */
    public static final int PRIORITY = 100;

    private static final Logger LOG = Logger.getLogger(DatabaseStartup.class);
    private static final String START_HINT = "Start PostgreSQL (on Debian: pg_ctlcluster --skip-systemctl-redirect "
            + "$(ls /etc/postgresql) main start; with Docker: docker compose -f docker/compose.yml up db) "
            + "or point SAMTALE_DB_HOST/SAMTALE_DB_PORT at a running one.";

    private final Flyway flyway;
    private final String url;
    private final String user;
    private final String password;
    private final String name;
    private final boolean createIfMissing;

    DatabaseStartup(@FlywayDataSource("migrations") Flyway flyway,
            @ConfigProperty(name = "quarkus.datasource.migrations.jdbc.url") String url,
            @ConfigProperty(name = "samtale.db.user") String user,
            @ConfigProperty(name = "samtale.db.password") Optional<String> password,
            @ConfigProperty(name = "samtale.db.name") String name,
            @ConfigProperty(name = "samtale.db.create-if-missing") boolean createIfMissing) {
        this.flyway = flyway;
        this.url = url;
        this.user = user;
        this.password = password.orElse("");
        this.name = name;
        this.createIfMissing = createIfMissing;
    }

    void onStart(@Observes @Priority(PRIORITY) StartupEvent event) {
        ensureReachable();
        flyway.migrate();
    }

    private void ensureReachable() {
        try (Connection ignored = DriverManager.getConnection(url, user, password)) {
            return;
        } catch (SQLException e) {
            if ("3D000".equals(e.getSQLState()) && createIfMissing) {
                createDatabase();
                return;
            }
            if ("3D000".equals(e.getSQLState())) {
                throw StartupAbort.abort("PostgreSQL at " + url + " has no database '" + name
                        + "'. Create it (createdb " + name + ") or set SAMTALE_DB_NAME.");
            }
            if (e.getSQLState() != null && e.getSQLState().startsWith("28")) {
                throw StartupAbort.abort("PostgreSQL at " + url + " refused user '" + user
                        + "' (" + e.getMessage() + "). Set SAMTALE_DB_USER and SAMTALE_DB_PASSWORD.");
            }
            throw StartupAbort.abort("Cannot reach PostgreSQL at " + url + " (" + e.getMessage() + "). " + START_HINT);
        }
    }

    private void createDatabase() {
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw StartupAbort.abort("Database name '" + name + "' must be a plain lower-case identifier");
        }
        String maintenanceUrl = url.replaceFirst("/[^/?]+(\\?|$)", "/postgres$1");
        try (Connection connection = DriverManager.getConnection(maintenanceUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
            LOG.infof("Created database %s", name);
        } catch (SQLException e) {
            // Another instance may have created it at the same moment.
            if (!"42P04".equals(e.getSQLState())) {
                throw StartupAbort.abort("Could not create database '" + name + "' at " + maintenanceUrl
                        + " (" + e.getMessage() + "). Create it yourself or set SAMTALE_DB_NAME.");
            }
        }
    }
}
