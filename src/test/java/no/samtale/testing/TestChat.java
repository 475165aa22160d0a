package no.samtale.testing;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.http.ContentType;

/** Opens the chat, and sets up visitors and counsellors the way the real clients do. */
public final class TestChat {

    private TestChat() {
    }

    /** Opening hours around the clock, every day, with no closed days. */
    public static void openAllDay() {
        List<Map<String, String>> weekly = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY",
                "SUNDAY").stream().map(day -> Map.of("day", day, "opens", "00:00", "closes", "24:00")).toList();
        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + TestStaff.adminToken())
                .body(Map.of("weekly", weekly, "closedDays", List.of()))
                .put("/api/admin/opening-hours").then().statusCode(200);
    }

    /** Takes everyone out of the queue and every counsellor out of presence, so a test starts alone. */
    public static void emptyQueueAndPresence() {
        Database.update("UPDATE chat_conversation SET status = 'ended', ended_at = now(), ended_by = 'timeout'"
                + " WHERE status <> 'ended'");
        Database.update("DELETE FROM chat_presence");
    }

    public static String visitorToken() {
        return given().post("/api/visitor/tokens").then().statusCode(201).extract().path("token");
    }

    /** A visitor socket with a fresh token. */
    public static Visitor visitor() {
        String token = visitorToken();
        return new Visitor(token, ChatClient.open("/ws/chat", token));
    }

    public record Visitor(String token, ChatClient socket) implements AutoCloseable {
        /** Starts a chat and answers its conversation id. */
        public String start() {
            socket.send(Map.of("type", "start", "language", "nb"));
            return socket.next("queued").get("conversationId").asText();
        }

        public JsonNode say(String text) {
            String id = UUID.randomUUID().toString();
            socket.send(Map.of("type", "message", "clientMsgId", id, "text", text));
            return socket.next(f -> "ack".equals(f.path("type").asText()) && id.equals(f.path("clientMsgId").asText()),
                    "ack of " + id);
        }

        public ChatClient reconnect() {
            return ChatClient.open("/ws/chat", token);
        }

        @Override
        public void close() {
            socket.close();
        }
    }

    /** A new counsellor account with its console socket open and available. */
    public static Counsellor counsellor() {
        TestStaff.Account account = TestStaff.create("counsellor");
        ChatClient socket = ChatClient.open("/ws/console", account.token());
        socket.next("queue");
        socket.send(Map.of("type", "presence", "status", "available"));
        Counsellor counsellor = new Counsellor(account, socket);
        // Presence is stored before the next frame is read; a status request shows it.
        awaitAvailable();
        return counsellor;
    }

    private static void awaitAvailable() {
        Database.awaitCount("SELECT least(count(*), 1) FROM chat_presence WHERE status = 'available'", 1);
    }

    public record Counsellor(TestStaff.Account account, ChatClient socket) implements AutoCloseable {
        public JsonNode claim(String conversationId) {
            socket.send(Map.of("type", "claim", "conversationId", conversationId));
            return socket.next(f -> "claimed".equals(f.path("type").asText())
                    && conversationId.equals(f.path("conversationId").asText()), "claimed " + conversationId);
        }

        public JsonNode say(String conversationId, String text) {
            String id = UUID.randomUUID().toString();
            socket.send(Map.of("type", "message", "conversationId", conversationId, "clientMsgId", id, "text", text));
            return socket.next(f -> "ack".equals(f.path("type").asText()) && id.equals(f.path("clientMsgId").asText()),
                    "ack of " + id);
        }

        public ChatClient reconnect() {
            return ChatClient.open("/ws/console", account.token());
        }

        @Override
        public void close() {
            socket.close();
        }
    }

    /** The next message frame on a socket, whatever its sender. */
    public static JsonNode nextMessage(ChatClient socket) {
        return socket.next("message");
    }
}
