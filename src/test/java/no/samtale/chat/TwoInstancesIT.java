package no.samtale.chat;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.http.ContentType;
import no.samtale.testing.ChatClient;
import no.samtale.testing.PackagedApp;

/**
 * Two instances of the packaged service on one database, as behind a plain load balancer: a visitor on one and
 * a counsellor on the other chat normally, and either can reconnect to the other instance without loss.
 */
class TwoInstancesIT {

    private static final String DATABASE = "samtale_it_chat";
    private static final String ADMIN_PASSWORD = "two-instances-admin";

    @TempDir
    static Path dir;

    private static Process first;
    private static Process second;
    private static String a;
    private static String b;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        assertTrue(Files.exists(PackagedApp.JAR), "package the app first (mvn verify does)");
        PackagedApp.freshDatabase(DATABASE);
        Map<String, String> env = new HashMap<>(PackagedApp.ownKeys(dir));
        env.put("SAMTALE_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        int portA = PackagedApp.freePort();
        int portB = PackagedApp.freePort();
        a = "http://127.0.0.1:" + portA;
        b = "http://127.0.0.1:" + portB;
        Path logA = dir.resolve("a.log");
        Path logB = dir.resolve("b.log");
        // One after the other: both would otherwise race to run the migrations and create the bootstrap admin.
        first = PackagedApp.start(DATABASE, with(env, "QUARKUS_HTTP_PORT", String.valueOf(portA)), logA);
        PackagedApp.awaitReady(a, logA);
        second = PackagedApp.start(DATABASE, with(env, "QUARKUS_HTTP_PORT", String.valueOf(portB)), logB);
        PackagedApp.awaitReady(b, logB);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        for (Process p : Arrays.asList(first, second)) {
            if (p != null) {
                p.destroy();
                p.waitFor(20, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void aVisitorOnOneInstanceAndACounsellorOnTheOtherChatAndReconnectAcross() {
        String admin = login(a, "admin", ADMIN_PASSWORD);
        given().baseUri(a).auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("weekly", Arrays.stream(DayOfWeek.values())
                        .map(d -> Map.of("day", d.name(), "opens", "00:00", "closes", "24:00")).toList(),
                        "closedDays", List.of()))
                .put("/api/admin/opening-hours").then().statusCode(200);
        String username = "c-" + UUID.randomUUID().toString().substring(0, 8);
        given().baseUri(a).auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("username", username, "displayName", "Kari", "password", "a-long-test-password",
                        "roles", List.of("counsellor")))
                .post("/api/admin/staff").then().statusCode(201);
        String counsellorToken = login(b, username, "a-long-test-password");
        String visitorToken = given().baseUri(a).post("/api/visitor/tokens").then().statusCode(201).extract().path("token");

        try (ChatClient console = ChatClient.open(b, "/ws/console", counsellorToken, null)) {
            console.next("queue");
            console.send(Map.of("type", "presence", "status", "available"));
            awaitOpen(a);
            String conversation;
            try (ChatClient visitor = ChatClient.open(a, "/ws/chat", visitorToken, null)) {
                visitor.send(Map.of("type", "start", "language", "sv"));
                conversation = visitor.next("queued").path("conversationId").asText();
                // The queue on B hears of the visitor who started on A.
                console.next(f -> "queue".equals(f.path("type").asText()) && f.path("total").asInt() == 1, "queue on B");

                console.send(Map.of("type", "claim", "conversationId", conversation));
                console.next("claimed");
                assertEquals("Kari", visitor.next("joined").path("counsellor").asText());

                visitor.send(Map.of("type", "message", "clientMsgId", "v1", "text", "Hej från A"));
                assertEquals(1, visitor.next("ack").path("seq").asInt());
                JsonNode atB = console.next("message");
                assertEquals("Hej från A", atB.path("text").asText());
                assertEquals(1, atB.path("seq").asInt());

                console.send(Map.of("type", "message", "conversationId", conversation, "clientMsgId", "c1", "text", "Hej från B"));
                console.next("ack");
                assertEquals("Hej från B", visitor.next(f -> "message".equals(f.path("type").asText())
                        && "counsellor".equals(f.path("from").asText()), "message from B").path("text").asText());

                visitor.send(Map.of("type", "typing"));
                console.next("typing");
                console.send(Map.of("type", "typing", "conversationId", conversation));
                visitor.next("typing");
            }

            // The visitor is away; the counsellor writes twice; the visitor comes back on the other instance.
            for (String text : List.of("Är du kvar?", "Jag väntar")) {
                console.send(Map.of("type", "message", "conversationId", conversation, "clientMsgId", text, "text", text));
                console.next("ack");
            }
            try (ChatClient visitor = ChatClient.open(b, "/ws/chat", visitorToken, null)) {
                visitor.send(Map.of("type", "resume", "afterSeq", 2));
                assertEquals(List.of(3, 4), List.of(visitor.next("message").path("seq").asInt(),
                        visitor.next("message").path("seq").asInt()));
                assertEquals("Kari", visitor.next("joined").path("counsellor").asText());
                assertTrue(visitor.quietFor("message", Duration.ofMillis(300)), "nothing twice");

                // Now the counsellor moves to A and resumes there.
                console.close();
                try (ChatClient consoleOnA = ChatClient.open(a, "/ws/console", counsellorToken, null)) {
                    assertEquals(conversation, consoleOnA.next("claimed").path("conversationId").asText());
                    consoleOnA.send(Map.of("type", "resume", "conversationId", conversation, "afterSeq", 4));
                    visitor.send(Map.of("type", "message", "clientMsgId", "v2", "text", "Nu på B"));
                    assertEquals(5, visitor.next("ack").path("seq").asInt());
                    JsonNode atA = consoleOnA.next("message");
                    assertEquals(5, atA.path("seq").asInt());
                    assertEquals("Nu på B", atA.path("text").asText());

                    consoleOnA.send(Map.of("type", "end", "conversationId", conversation));
                    assertEquals("counsellor", visitor.next("ended").path("by").asText());
                }
            }
        }
    }

    private static void awaitOpen(String base) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> given().baseUri(base).get("/api/chat/status").then().extract().<Boolean>path("open"));
    }

    private static String login(String base, String username, String password) {
        return given().baseUri(base).contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .post("/api/staff/login").then().statusCode(200).extract().path("token");
    }

    private static Map<String, String> with(Map<String, String> env, String key, String value) {
        Map<String, String> copy = new HashMap<>(env);
        copy.put(key, value);
        return copy;
    }
}
