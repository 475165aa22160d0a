package no.samtale.privacy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtFormatter;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import no.samtale.testing.ChatClient;
import no.samtale.testing.TestChat;
import no.samtale.testing.TestStaff;

/**
 * Captures everything the application logs while a visitor and staff use it with a recognisable client address,
 * User-Agent and Referer, then fails if any of them reached the log.
 */
@QuarkusTest
class LogHygieneTest {

    private static final String CLIENT_ADDRESS = "203.0.113.77";
    private static final String CHAT_TEXT = "chat-text-" + UUID.randomUUID();

    @Test
    void noClientAddressUserAgentOrRefererReachesTheLog() {
        String userAgent = "LeakProbe/1.0 (" + UUID.randomUUID() + ")";
        String referer = "https://referer.example/" + UUID.randomUUID();
        Capture capture = new Capture();
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            Logger.getLogger("no.samtale.privacy").info("log capture marker");
            exerciseTheService(userAgent, referer);
        } finally {
            root.removeHandler(capture);
        }

        String log = String.join("\n", capture.lines);
        assertTrue(log.contains("log capture marker"), "the capture must see the application's log");
        assertFalse(log.contains(CLIENT_ADDRESS), "client address in the log:\n" + log);
        assertFalse(log.contains(userAgent), "User-Agent in the log:\n" + log);
        assertFalse(log.contains("LeakProbe"), "User-Agent in the log:\n" + log);
        assertFalse(log.contains(referer), "Referer in the log:\n" + log);
        assertFalse(log.contains(CHAT_TEXT), "chat text in the log:\n" + log);
    }

    private void exerciseTheService(String userAgent, String referer) {
        String visitorToken = as(userAgent, referer).post("/api/visitor/tokens").then().statusCode(201).extract().path("token");
        as(userAgent, referer).get("/").then().statusCode(200);
        as(userAgent, referer).queryParam("lang", "sv").get("/").then().statusCode(200);
        as(userAgent, referer).get("/api/no-such-thing").then().statusCode(404);
        as(userAgent, referer).contentType(ContentType.JSON).body("{broken").post("/api/staff/login").then().statusCode(400);
        as(userAgent, referer).auth().oauth2(visitorToken).get("/api/staff/me").then().statusCode(403);
        as(userAgent, referer).auth().oauth2("forged.token.value").get("/api/staff/me").then().statusCode(401);
        String unknown = "probe-" + UUID.randomUUID();
        for (int i = 0; i < 7; i++) {
            as(userAgent, referer).contentType(ContentType.JSON).body(Map.of("username", unknown, "password", "wrong" + i))
                    .post("/api/staff/login");
        }
        as(userAgent, referer).contentType(ContentType.JSON)
                .body(Map.of("username", TestStaff.ADMIN_USERNAME, "password", TestStaff.ADMIN_PASSWORD))
                .post("/api/staff/login").then().statusCode(200);
        as(userAgent, referer).get("/console/").then().statusCode(200);
        chat(visitorToken, userAgent, referer);
    }

    /** A chat socket opened with the same headers, with good and bad frames. */
    private void chat(String visitorToken, String userAgent, String referer) {
        Map<String, String> headers = Map.of("User-Agent", userAgent, "Referer", referer,
                "X-Forwarded-For", CLIENT_ADDRESS, "Forwarded", "for=" + CLIENT_ADDRESS);
        TestChat.openAllDay();
        try (TestChat.Counsellor counsellor = TestChat.counsellor();
                ChatClient socket = ChatClient.open(ChatClient.base(), "/ws/chat", visitorToken, ChatClient.origin(), headers)) {
            socket.send(Map.of("type", "start", "language", "nb"));
            String conversation = socket.next("queued").path("conversationId").asText();
            counsellor.claim(conversation);
            socket.send(Map.of("type", "message", "clientMsgId", "m1", "text", CHAT_TEXT));
            socket.next("ack");
            socket.sendRaw("{not json " + CHAT_TEXT);
            socket.send(Map.of("type", "message", "clientMsgId", "m2", "text", CHAT_TEXT.repeat(200)));
            socket.next("error");
            socket.next("error");
        }
        assertTrue(ChatClient.handshakeStatus("/ws/chat", visitorToken, "https://evil.example") == 403);
    }

    private static RequestSpecification as(String userAgent, String referer) {
        return given().header("User-Agent", userAgent)
                .header("Referer", referer)
                .header("X-Forwarded-For", CLIENT_ADDRESS)
                .header("Forwarded", "for=" + CLIENT_ADDRESS);
    }

    /** Formats every record as the console would, including MDC and exception text. */
    private static final class Capture extends Handler {
        final List<String> lines = new CopyOnWriteArrayList<>();
        private final ExtFormatter format = new PatternFormatter("%d %p [%c] %X %s%e%n");

        Capture() {
            setLevel(Level.ALL);
        }

        @Override
        public void publish(LogRecord record) {
            lines.add(format.format(ExtLogRecord.wrap(record)));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
