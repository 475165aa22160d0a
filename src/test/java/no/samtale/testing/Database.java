package no.samtale.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;

/** Plain JDBC on the test database, for arranging what the API rightly refuses (the past) and for looking inside. */
public final class Database {

    private Database() {
    }

    public static int update(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits (up to 5 s) until a count query answers {@code expected}. */
    public static void awaitCount(String sql, long expected) {
        org.awaitility.Awaitility.await(sql).atMost(java.time.Duration.ofSeconds(5))
                .pollInterval(java.time.Duration.ofMillis(20)).until(() -> count(sql) == expected);
    }

    public static long count(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every row of every application table as text, to prove a secret is not stored anywhere in the clear. */
    public static String everything() {
        StringBuilder all = new StringBuilder();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet names = s.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")) {
                while (names.next()) {
                    tables.add(names.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rows = s.executeQuery("SELECT t::text FROM \"" + table + "\" t")) {
                    while (rows.next()) {
                        all.append(rows.getString(1)).append('\n');
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return all.toString();
    }

    private static Connection connect() throws SQLException {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.migrations.jdbc.url", String.class);
        return DriverManager.getConnection(url, "postgres", "");
    }
}
