package no.samtale.testing;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.awaitility.Awaitility;

/** Runs the packaged jar (target/quarkus-app) as its own process, configured through the environment only. */
public final class PackagedApp {

    public static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");

    private PackagedApp() {
    }

    public static void freshDatabase(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name);
        }
    }

    /** Writes a new JWT key pair into {@code dir} and answers the environment that makes the jar use it. */
    public static Map<String, String> ownKeys(Path dir) throws IOException, NoSuchAlgorithmException {
        if (!Files.exists(dir.resolve("signing.pem"))) {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.writeString(dir.resolve("signing.pem"), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(dir.resolve("verify.pem"), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        }
        return Map.of("SAMTALE_JWT_SIGNING_KEY_LOCATION", dir.resolve("signing.pem").toString(),
                "SAMTALE_JWT_VERIFY_KEY_LOCATION", dir.resolve("verify.pem").toString(),
                "SAMTALE_CODES_HMAC_KEY", "dGhpcnR5LXR3by1ieXRlcy1vZi10ZXN0LW9ubHktc2VjcmV0IQ==");
    }

    /** Starts the jar with only the given SAMTALE_ and QUARKUS_ settings; its output goes to the log file. */
    public static Process start(String database, Map<String, String> env, Path log) throws IOException {
        ProcessBuilder java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()).redirectErrorStream(true).redirectOutput(log.toFile());
        java.environment().keySet().removeIf(name -> name.startsWith("SAMTALE_") || name.startsWith("QUARKUS_"));
        java.environment().put("SAMTALE_DB_NAME", database);
        java.environment().putAll(env);
        return java.start();
    }

    public static void awaitReady(String base, Path log) {
        Awaitility.await("ready; log:\n" + log).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .ignoreExceptions()
                .until(() -> given().baseUri(base).get("/q/health/ready").statusCode() == 200);
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
