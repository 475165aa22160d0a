package no.samtale.packaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.restassured.http.ContentType;
import no.samtale.testing.PackagedApp;

/**
 * Black-box checks of the packaged jar in the production profile, configured only through the environment the
 * way README tells an operator to.
 */
class PackagedAppIT {

    private static final String DATABASE = "samtale_it";

    @TempDir
    static Path keys;

    private static Map<String, String> ownKeys;

    @BeforeAll
    static void freshDatabaseAndOwnKeys() throws Exception {
        assertTrue(Files.exists(PackagedApp.JAR), "package the app first (mvn verify does)");
        PackagedApp.freshDatabase(DATABASE);
        ownKeys = PackagedApp.ownKeys(keys);
    }

    @Test
    void productionRefusesTheDemoKeysWithOneLine() throws Exception {
        Result result = runUntilExit(Map.of());
        assertEquals(1, result.exitCode(), result.output());
        assertTrue(result.output().contains("Refusing to start with the demo JWT keys"), result.output());
        assertNoStackTrace(result);
    }

    @Test
    void productionRefusesTheDemoCodeSecret() throws Exception {
        Map<String, String> env = new HashMap<>(ownKeys());
        env.remove("SAMTALE_CODES_HMAC_KEY");
        Result result = runUntilExit(env);
        assertEquals(1, result.exitCode(), result.output());
        assertTrue(result.output().contains("SAMTALE_CODES_HMAC_KEY"), result.output());
        assertNoStackTrace(result);
    }

    @Test
    void unreachablePostgresEndsStartUpWithOneClearLine() throws Exception {
        Map<String, String> env = new HashMap<>(ownKeys());
        env.put("SAMTALE_DB_PORT", String.valueOf(freePort()));
        Result result = runUntilExit(env);
        assertEquals(1, result.exitCode(), result.output());
        List<String> errors = result.output().lines().filter(l -> l.contains("ERROR")).toList();
        assertEquals(1, errors.size(), result.output());
        assertTrue(errors.get(0).contains("Cannot reach PostgreSQL at jdbc:postgresql://127.0.0.1:" + env.get("SAMTALE_DB_PORT")),
                errors.get(0));
        assertTrue(errors.get(0).contains("pg_ctlcluster"), errors.get(0));
        assertNoStackTrace(result);
    }

    @Test
    void productionStartsWithOwnKeysMigratesAndServes() throws Exception {
        int port = freePort();
        Map<String, String> env = new HashMap<>(ownKeys());
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("SAMTALE_BOOTSTRAP_ADMIN_PASSWORD", "first-admin-password");
        Path log = Files.createTempFile(keys, "app", ".log");
        Process app = start(env, log);
        try {
            String base = "http://127.0.0.1:" + port;
            PackagedApp.awaitReady(base, log);

            given().baseUri(base).get("/").then().statusCode(200)
                    .header("Strict-Transport-Security", startsWith("max-age="))
                    .header("Content-Security-Policy", startsWith("default-src 'self'"));
            String token = given().baseUri(base).contentType(ContentType.JSON)
                    .body(Map.of("username", "admin", "password", "first-admin-password"))
                    .post("/api/staff/login").then().statusCode(200).extract().path("token");
            given().baseUri(base).auth().oauth2(token).get("/api/staff/me").then().statusCode(200)
                    .body("roles[0]", equalTo("admin"));
            // The dev profile's demo accounts never exist in production.
            given().baseUri(base).contentType(ContentType.JSON)
                    .body(Map.of("username", "demo-admin", "password", "samtale-demo-password"))
                    .post("/api/staff/login").then().statusCode(401);
            given().baseUri(base).get("/q/openapi").then().statusCode(200);
            given().baseUri(base).get("/console/").then().statusCode(200);
        } finally {
            app.destroy();
            app.waitFor(20, TimeUnit.SECONDS);
        }
    }

    private static Map<String, String> ownKeys() {
        return ownKeys;
    }

    private record Result(int exitCode, String output) {
    }

    private static Result runUntilExit(Map<String, String> env) throws Exception {
        Map<String, String> all = new HashMap<>(env);
        all.putIfAbsent("QUARKUS_HTTP_PORT", String.valueOf(freePort()));
        Path log = Files.createTempFile(keys, "app", ".log");
        Process app = start(all, log);
        if (!app.waitFor(60, TimeUnit.SECONDS)) {
            app.destroyForcibly();
            throw new AssertionError("the app did not exit:\n" + Files.readString(log));
        }
        return new Result(app.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static Process start(Map<String, String> env, Path log) throws IOException {
        return PackagedApp.start(DATABASE, env, log);
    }

    private static void assertNoStackTrace(Result result) {
        assertFalse(result.output().contains("\tat "), "stack trace in the output:\n" + result.output());
    }

    private static int freePort() throws IOException {
        return PackagedApp.freePort();
    }
}
