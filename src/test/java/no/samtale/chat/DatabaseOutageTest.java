package no.samtale.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import no.samtale.testing.ChatClient;
import no.samtale.testing.Database;
import no.samtale.testing.TcpProxy;
import no.samtale.testing.TestChat;
import no.samtale.testing.TestChat.Counsellor;
import no.samtale.testing.TestChat.Visitor;

/**
 * PostgreSQL goes away in the middle of a conversation (the service reaches it through a proxy the test cuts):
 * nothing acked is lost or doubled, nothing sent meanwhile is acked, and the service recovers by itself.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.ThroughProxy.class)
class DatabaseOutageTest {

    static TcpProxy proxy;

    public static class ThroughProxy implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ProxyResource.class));
        }
    }

    public static class ProxyResource implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            try {
                proxy = new TcpProxy("127.0.0.1", 5432);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            return Map.of("quarkus.datasource.reactive.url", "postgresql://127.0.0.1:" + proxy.port() + "/samtale_test");
        }

        @Override
        public void stop() {
            try {
                proxy.close();
            } catch (java.io.IOException ignored) {
                // Test over.
            }
        }
    }

    @Test
    void ackedMessagesSurviveExactlyOnceAndNothingIsAckedWhileTheDatabaseIsAway() {
        TestChat.emptyQueueAndPresence();
        TestChat.openAllDay();
        try (Counsellor counsellor = TestChat.counsellor(); Visitor visitor = TestChat.visitor()) {
            String conversation = visitor.start();
            counsellor.claim(conversation);
            visitor.say("En");
            counsellor.say(conversation, "To");
            visitor.say("Tre");

            proxy.cut();
            List<JsonNode> answers = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                visitor.socket().send(Map.of("type", "message", "clientMsgId", "while-down-" + i, "text", "Borte " + i));
                answers.add(visitor.socket().next(f -> f.path("type").asText().matches("ack|error"), "answer while down"));
            }
            try {
                Thread.sleep(2000); // long enough for the pool and the LISTEN connection to try again and fail
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            visitor.socket().send(Map.of("type", "message", "clientMsgId", "while-down-late", "text", "Fortsatt borte"));
            answers.add(visitor.socket().next(f -> f.path("type").asText().matches("ack|error"), "answer while down"));
            counsellor.socket().send(Map.of("type", "message", "conversationId", conversation, "clientMsgId", "c-down",
                    "text", "Hallo?"));
            answers.add(counsellor.socket().next(f -> f.path("type").asText().matches("ack|error"), "answer while down"));
            for (JsonNode answer : answers) {
                assertEquals("error", answer.path("type").asText(), "never an ack while the database is away: " + answer);
                assertEquals("unavailable", answer.path("code").asText());
            }
            assertTrue(visitor.socket().isOpen() && counsellor.socket().isOpen(), "the sockets stay open");

            proxy.restore();
            // The client sends again with the same clientMsgId until it is acked, as the chat page does.
            int seq = resendUntilAcked(visitor.socket(), Map.of("type", "message", "clientMsgId", "while-down-0",
                    "text", "Borte 0"));
            assertEquals(4, seq);
            assertEquals(4, resendUntilAcked(visitor.socket(), Map.of("type", "message", "clientMsgId", "while-down-0",
                    "text", "Borte 0")), "a second resend is the same message");

            assertEquals(4, Database.count("SELECT count(*) FROM chat_message WHERE conversation_id = '" + conversation + "'"));
            assertEquals(4, Database.count("SELECT max(seq) FROM chat_message WHERE conversation_id = '" + conversation + "'"));
            counsellor.socket().next(f -> "message".equals(f.path("type").asText()) && f.path("seq").asInt() == 4, "seq 4");
            assertEquals(List.of("En", "To", "Tre", "Borte 0"), counsellor.socket().all("message").stream()
                    .map(m -> m.path("text").asText()).toList(), "every acked message once, in order");

            // And the rest of the service came back too: a new chat starts and is delivered.
            try (Visitor another = TestChat.visitor()) {
                String second = another.start();
                counsellor.claim(second);
                another.say("Etter");
                assertEquals("Etter", counsellor.socket().next(f -> "message".equals(f.path("type").asText())
                        && second.equals(f.path("conversationId").asText()), "message after recovery").path("text").asText());
            }
        }
    }

    private static int resendUntilAcked(ChatClient socket, Map<String, String> frame) {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            socket.send(frame);
            JsonNode answer = socket.next(f -> f.path("type").asText().matches("ack|error"), "answer after recovery");
            if ("ack".equals(answer.path("type").asText())) {
                return answer.path("seq").asInt();
            }
            assertEquals("unavailable", answer.path("code").asText());
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        fail("Not acked after the database came back");
        return -1;
    }
}
