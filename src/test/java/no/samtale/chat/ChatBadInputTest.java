package no.samtale.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import no.samtale.testing.ChatClient;
import no.samtale.testing.Database;
import no.samtale.testing.TestChat;
import no.samtale.testing.TestChat.Counsellor;
import no.samtale.testing.TestChat.Visitor;

/** Every client mistake gets an error frame and the socket stays open and usable. */
@QuarkusTest
class ChatBadInputTest {

    @BeforeEach
    void open() {
        TestChat.emptyQueueAndPresence();
        TestChat.openAllDay();
    }

    @Test
    void malformedFramesGetAnErrorAndTheSocketStaysOpen() {
        try (Counsellor counsellor = TestChat.counsellor(); Visitor visitor = TestChat.visitor()) {
            ChatClient socket = visitor.socket();
            assertError(socket.sendRaw("this is not json"), "bad-frame");
            assertError(socket.sendRaw("[1,2,3]"), "bad-frame");
            assertError(socket.sendRaw("{\"no\":\"type\"}"), "bad-frame");
            assertError(socket.sendRaw("{\"type\":42}"), "bad-frame");
            assertError(socket.send(Map.of("type", "dance")), "unknown-type");
            assertError(socket.send(Map.of("type", "start", "language", "de")), "bad-frame");
            assertError(socket.send(Map.of("type", "start", "language", "nb", "topic", "x".repeat(101))), "bad-frame");
            assertError(socket.send(Map.of("type", "message", "clientMsgId", "m1", "text", "Hei")), "no-conversation");

            String conversation = visitor.start();
            counsellor.claim(conversation);
            assertError(socket.send(Map.of("type", "message", "text", "no id")), "bad-frame");
            assertError(socket.send(Map.of("type", "message", "clientMsgId", "x".repeat(65), "text", "Hei")), "bad-frame");
            assertError(socket.send(Map.of("type", "message", "clientMsgId", "m2", "text", "   ")), "bad-frame");
            assertError(socket.send(Map.of("type", "message", "clientMsgId", "m3", "text", 12)), "bad-frame");
            JsonNode tooLong = assertError(socket.send(Map.of("type", "message", "clientMsgId", "m4",
                    "text", "å".repeat(4001))), "too-long");
            assertEquals("m4", tooLong.path("ref").asText());
            assertError(socket.send(Map.of("type", "message", "clientMsgId", "m5", "text", "nul \u0000 here")), "bad-frame");
            assertError(socket.send(Map.of("type", "resume", "afterSeq", -1)), "bad-frame");
            assertError(socket.send(Map.of("type", "resume", "afterSeq", "zero")), "bad-frame");

            // 4,000 characters exactly is fine, and nothing before it was stored.
            assertEquals(1, visitor.say("å".repeat(4000)).path("seq").asInt());
            assertEquals(1, Database.count("SELECT count(*) FROM chat_message WHERE conversation_id = '" + conversation + "'"));
            assertTrue(socket.isOpen());

            ChatClient console = counsellor.socket();
            assertError(console.send(Map.of("type", "claim")), "bad-frame");
            assertError(console.send(Map.of("type", "claim", "conversationId", "not-a-uuid")), "bad-frame");
            assertError(console.send(Map.of("type", "presence", "status", "sleeping")), "bad-frame");
            assertError(console.send(Map.of("type", "transfer", "conversationId", conversation, "toStaffId", "nobody")),
                    "bad-frame");
            assertError(console.send(Map.of("type", "start", "language", "nb")), "unknown-type");
            assertEquals(2, counsellor.say(conversation, "Fortsatt her").path("seq").asInt());
        }
    }

    @Test
    void aFloodIsSlowedWithErrorsButNothingAckedIsLostAndTheSocketStaysOpen() {
        try (Counsellor counsellor = TestChat.counsellor(); Visitor visitor = TestChat.visitor()) {
            String conversation = visitor.start();
            counsellor.claim(conversation);
            int sent = 300;
            for (int i = 0; i < sent; i++) {
                visitor.socket().send(Map.of("type", "message", "clientMsgId", "f" + i, "text", "flood " + i));
            }
            // Every frame is answered, by an ack or a rate-limit error.
            for (int i = 0; i < sent; i++) {
                visitor.socket().next(f -> f.path("type").asText().matches("ack|error"), "answer " + i);
            }
            long acked = visitor.socket().all("ack").size();
            long limited = visitor.socket().all("error").stream()
                    .filter(e -> "rate-limited".equals(e.path("code").asText())).count();
            assertEquals(sent, acked + limited);
            assertTrue(limited > 0, "the flood was limited");
            assertEquals(acked, Database.count("SELECT count(*) FROM chat_message WHERE conversation_id = '" + conversation + "'"));
            assertTrue(visitor.socket().isOpen());
        }
    }

    @Test
    void outsideOpeningHoursOrWithNoCounsellorTheChatSaysSoAndPointsOnwards() {
        try (Visitor visitor = TestChat.visitor()) {
            visitor.socket().send(Map.of("type", "start", "language", "nb"));
            JsonNode closed = visitor.socket().next("closed");
            assertEquals("no-counsellor", closed.path("reason").asText());
        }
        // Closed today, open from tomorrow.
        io.restassured.RestAssured.given().contentType("application/json")
                .header("Authorization", "Bearer " + no.samtale.testing.TestStaff.adminToken())
                .body(Map.of("weekly", java.util.Arrays.stream(java.time.DayOfWeek.values())
                        .map(d -> Map.of("day", d.name(), "opens", "09:00", "closes", "15:00")).toList(),
                        "closedDays", java.util.List.of(Map.of("date",
                                java.time.LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).toString(), "note", "Stengt"))))
                .put("/api/admin/opening-hours").then().statusCode(200);
        try (Counsellor counsellor = TestChat.counsellor(); Visitor visitor = TestChat.visitor()) {
            visitor.socket().send(Map.of("type", "start", "language", "nb"));
            JsonNode closed = visitor.socket().next("closed");
            assertEquals("outside-hours", closed.path("reason").asText());
            java.time.OffsetDateTime next = java.time.OffsetDateTime.parse(closed.path("nextOpening").asText());
            assertEquals(9, next.atZoneSameInstant(java.time.ZoneId.of("Europe/Oslo")).getHour());
            assertEquals(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).plusDays(1),
                    next.atZoneSameInstant(java.time.ZoneId.of("Europe/Oslo")).toLocalDate());
            io.restassured.RestAssured.get("/api/chat/status").then().statusCode(200)
                    .body("open", org.hamcrest.Matchers.is(false))
                    .body("nextOpening", org.hamcrest.Matchers.notNullValue());
        } finally {
            TestChat.openAllDay();
        }
    }

    @Test
    void theFrameBudgetBelongsToTheTokenNotToEachSocket() {
        try (Counsellor counsellor = TestChat.counsellor(); Visitor visitor = TestChat.visitor();
                ChatClient second = visitor.reconnect()) {
            // The test profile allows bursts of 100 frames per token; two sockets together get no more.
            for (int i = 0; i < 80; i++) {
                visitor.socket().send(Map.of("type", "typing"));
                second.send(Map.of("type", "typing"));
            }
            second.send(Map.of("type", "typing"));
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(2))
                    .pollInterval(java.time.Duration.ofMillis(10)).ignoreExceptions()
                    .until(() -> rateLimited(visitor.socket()) + rateLimited(second) >= 50);
            long limited = rateLimited(visitor.socket()) + rateLimited(second);
            assertTrue(limited >= 50, "161 frames against a budget of about 100: " + limited + " refused");
        }
    }

    @Test
    void aSecondStartWhileOneIsOpenIsRefused() {
        try (Counsellor counsellor = TestChat.counsellor(); Visitor visitor = TestChat.visitor()) {
            visitor.start();
            visitor.socket().send(Map.of("type", "start", "language", "nb"));
            assertEquals("conversation-open", visitor.socket().next("error").path("code").asText());
            try (ChatClient second = visitor.reconnect()) {
                second.send(Map.of("type", "start", "language", "sv"));
                assertEquals("conversation-open", second.next("error").path("code").asText());
            }
        }
    }

    private static long rateLimited(ChatClient socket) {
        return socket.all("error").stream().filter(e -> "rate-limited".equals(e.path("code").asText())).count();
    }

    private static JsonNode assertError(ChatClient socket, String code) {
        JsonNode error = socket.next("error");
        assertEquals(code, error.path("code").asText(), error.toString());
        assertTrue(!error.path("message").asText().isBlank());
        return error;
    }
}
