package no.samtale.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import no.samtale.testing.ChatClient;
import no.samtale.testing.Database;
import no.samtale.testing.TestChat;
import no.samtale.testing.TestChat.Counsellor;
import no.samtale.testing.TestChat.Visitor;

@QuarkusTest
class ChatConversationTest {

    @BeforeEach
    void open() {
        TestChat.emptyQueueAndPresence();
        TestChat.openAllDay();
    }

    @Test
    void visitorAndCounsellorChatBothWaysAndEitherCanEnd() {
        try (Counsellor counsellor = TestChat.counsellor(); Visitor visitor = TestChat.visitor()) {
            String conversation = visitor.start();
            JsonNode queue = counsellor.socket().next(f -> "queue".equals(f.path("type").asText())
                    && f.path("total").asInt() == 1, "queue with the visitor");
            assertEquals(conversation, queue.path("waiting").get(0).path("conversationId").asText());
            assertEquals("nb", queue.path("waiting").get(0).path("language").asText());

            JsonNode claimed = counsellor.claim(conversation);
            assertEquals(0, claimed.path("lastSeq").asInt());
            assertEquals(counsellor.account().displayName(), visitor.socket().next("joined").path("counsellor").asText());

            JsonNode ack = visitor.say("Hei, jeg lurer på noe.");
            assertEquals(1, ack.path("seq").asInt());
            JsonNode atCounsellor = counsellor.socket().next("message");
            assertEquals(conversation, atCounsellor.path("conversationId").asText());
            assertEquals(1, atCounsellor.path("seq").asInt());
            assertEquals("visitor", atCounsellor.path("from").asText());
            assertEquals("Hei, jeg lurer på noe.", atCounsellor.path("text").asText());
            assertFalse(atCounsellor.path("sentAt").asText().isEmpty());
            // The visitor's own message comes back too (for other tabs and for resume), once.
            assertEquals(1, visitor.socket().next("message").path("seq").asInt());

            JsonNode counsellorAck = counsellor.say(conversation, "Hei! Fint at du tar kontakt.");
            assertEquals(2, counsellorAck.path("seq").asInt());
            assertEquals(conversation, counsellorAck.path("conversationId").asText());
            JsonNode atVisitor = visitor.socket().next("message");
            assertEquals(2, atVisitor.path("seq").asInt());
            assertEquals("counsellor", atVisitor.path("from").asText());
            assertTrue(atVisitor.path("conversationId").isMissingNode(), "visitor frames need no conversation id");

            visitor.socket().send(Map.of("type", "typing"));
            assertEquals(conversation, counsellor.socket().next("typing").path("conversationId").asText());
            counsellor.socket().send(Map.of("type", "typing", "conversationId", conversation));
            visitor.socket().next("typing");

            counsellor.socket().send(Map.of("type", "end", "conversationId", conversation));
            assertEquals("counsellor", visitor.socket().next("ended").path("by").asText());
            assertEquals("counsellor", counsellor.socket().next("ended").path("by").asText());
            assertEquals(2, Database.count("SELECT count(*) FROM chat_message WHERE conversation_id = '" + conversation + "'"));

            visitor.socket().send(Map.of("type", "message", "clientMsgId", "late", "text", "Hallo?"));
            assertEquals("ended", visitor.socket().next("error").path("code").asText());
        }
    }

    @Test
    void visitorCanEndWhileWaitingAndTheQueueEmpties() {
        try (Counsellor counsellor = TestChat.counsellor(); Visitor visitor = TestChat.visitor()) {
            visitor.start();
            counsellor.socket().next(f -> "queue".equals(f.path("type").asText()) && f.path("total").asInt() == 1, "queue of 1");
            visitor.socket().send(Map.of("type", "end"));
            assertEquals("visitor", visitor.socket().next("ended").path("by").asText());
            counsellor.socket().next(f -> "queue".equals(f.path("type").asText()) && f.path("total").asInt() == 0, "empty queue");
        }
    }

    @Test
    void queuePositionsMoveUpWhenSomeoneAheadIsTaken() {
        try (Counsellor counsellor = TestChat.counsellor(); Visitor first = TestChat.visitor();
                Visitor second = TestChat.visitor(); Visitor third = TestChat.visitor()) {
            String firstId = first.start();
            second.start();
            third.start();
            assertEquals(2, second.socket().all("queued").get(0).path("position").asInt());
            assertEquals(3, third.socket().all("queued").get(0).path("position").asInt());
            counsellor.claim(firstId);
            assertEquals(1, second.socket().next("queued").path("position").asInt());
            assertEquals(2, third.socket().next("queued").path("position").asInt());
        }
    }

    @Test
    void aResendWithTheSameClientMsgIdIsStoredOnceAndAckedWithTheSameSeq() {
        try (Counsellor counsellor = TestChat.counsellor(); Visitor visitor = TestChat.visitor()) {
            String conversation = visitor.start();
            counsellor.claim(conversation);
            Map<String, String> frame = Map.of("type", "message", "clientMsgId", "resend-1", "text", "Er dette lovlig?");
            visitor.socket().send(frame);
            int first = visitor.socket().next("ack").path("seq").asInt();
            visitor.socket().send(frame);
            int second = visitor.socket().next("ack").path("seq").asInt();
            assertEquals(first, second);
            assertEquals(1, Database.count("SELECT count(*) FROM chat_message WHERE conversation_id = '" + conversation + "'"));
            counsellor.socket().next("message");
            assertTrue(counsellor.socket().quietFor("message", java.time.Duration.ofMillis(300)), "delivered once");
        }
    }

    @Test
    void seqIsGapFreeAndEverySocketGetsEveryMessageOnceInOrder() {
        try (Counsellor counsellor = TestChat.counsellor(); Visitor visitor = TestChat.visitor()) {
            String conversation = visitor.start();
            counsellor.claim(conversation);
            int each = 25;
            for (int i = 0; i < each; i++) {
                visitor.socket().send(Map.of("type", "message", "clientMsgId", "v" + i, "text", "v" + i));
                counsellor.socket().send(Map.of("type", "message", "conversationId", conversation, "clientMsgId", "c" + i,
                        "text", "c" + i));
            }
            List<Integer> atVisitor = seqs(visitor.socket(), 2 * each);
            List<Integer> atCounsellor = seqs(counsellor.socket(), 2 * each);
            List<Integer> expected = new ArrayList<>();
            for (int i = 1; i <= 2 * each; i++) {
                expected.add(i);
            }
            assertEquals(expected, atVisitor);
            assertEquals(expected, atCounsellor);
            assertEquals(2 * each, Database.count("SELECT count(*) FROM chat_message WHERE conversation_id = '"
                    + conversation + "' AND seq BETWEEN 1 AND " + 2 * each));
            assertTrue(visitor.socket().quietFor("message", java.time.Duration.ofMillis(300)));
        }
    }

    @Test
    void aVisitorWhoReconnectsGetsExactlyWhatTheyMissed() {
        try (Counsellor counsellor = TestChat.counsellor(); Visitor visitor = TestChat.visitor()) {
            String conversation = visitor.start();
            counsellor.claim(conversation);
            visitor.say("Første");
            visitor.socket().next("message");
            visitor.socket().close();

            counsellor.say(conversation, "Er du der?");
            counsellor.say(conversation, "Jeg venter litt.");

            try (ChatClient again = visitor.reconnect()) {
                again.send(Map.of("type", "resume", "afterSeq", 1));
                assertEquals(2, again.next("message").path("seq").asInt());
                assertEquals(3, again.next("message").path("seq").asInt());
                assertEquals(counsellor.account().displayName(), again.next("joined").path("counsellor").asText());
                counsellor.say(conversation, "Der er du!");
                assertEquals(4, again.next("message").path("seq").asInt());
                assertTrue(again.quietFor("message", java.time.Duration.ofMillis(300)), "nothing twice");
            }
            // A reload (afterSeq 0) shows the whole history.
            try (ChatClient reload = visitor.reconnect()) {
                reload.send(Map.of("type", "resume", "afterSeq", 0));
                assertEquals(List.of(1, 2, 3, 4), seqs(reload, 4));
                assertEquals("Første", reload.all("message").get(0).path("text").asText());
            }
        }
    }

    @Test
    void aResumeFromBeyondTheConversationStillGetsItsMessages() {
        try (Counsellor counsellor = TestChat.counsellor(); Visitor visitor = TestChat.visitor()) {
            String conversation = visitor.start();
            counsellor.claim(conversation);
            counsellor.say(conversation, "Første");
            try (ChatClient oldTab = visitor.reconnect()) {
                oldTab.send(Map.of("type", "resume", "afterSeq", 40));
                assertEquals(counsellor.account().displayName(), oldTab.next("joined").path("counsellor").asText());
                counsellor.say(conversation, "Andre");
                assertEquals(2, oldTab.next("message").path("seq").asInt(), "live messages still arrive");
            }
        }
    }

    @Test
    void aMessageRightAfterResumeOnAFreshSocketIsStored() {
        try (Counsellor counsellor = TestChat.counsellor(); Visitor visitor = TestChat.visitor()) {
            String conversation = visitor.start();
            counsellor.claim(conversation);
            visitor.socket().close();
            try (ChatClient again = visitor.reconnect()) {
                again.send(Map.of("type", "resume", "afterSeq", 0));
                again.send(Map.of("type", "message", "clientMsgId", "right-after", "text", "Tilbake"));
                assertEquals(1, again.next("ack").path("seq").asInt());
                assertTrue(again.all("error").isEmpty(), again.frames().toString());
            }
        }
    }

    @Test
    void aCounsellorWhoReconnectsIsToldWhatTheyHoldAndResumes() {
        try (Counsellor counsellor = TestChat.counsellor(); Visitor visitor = TestChat.visitor()) {
            String conversation = visitor.start();
            counsellor.claim(conversation);
            counsellor.say(conversation, "Hei");
            counsellor.socket().next("message");
            counsellor.socket().close();
            visitor.say("Hei, jeg er her");
            visitor.say("Hallo?");
            try (ChatClient console = counsellor.reconnect()) {
                JsonNode claimed = console.next("claimed");
                assertEquals(conversation, claimed.path("conversationId").asText());
                assertEquals(3, claimed.path("lastSeq").asInt());
                console.send(Map.of("type", "resume", "conversationId", conversation, "afterSeq", 1));
                assertEquals(List.of(2, 3), seqs(console, 2));
            }
        }
    }

    @Test
    void ofTwoCounsellorsClaimingAtOnceExactlyOneWins() throws Exception {
        try (Counsellor one = TestChat.counsellor(); Counsellor two = TestChat.counsellor(); Visitor visitor = TestChat.visitor()) {
            String conversation = visitor.start();
            Map<String, String> claim = Map.of("type", "claim", "conversationId", conversation);
            Thread a = new Thread(() -> one.socket().send(claim));
            Thread b = new Thread(() -> two.socket().send(claim));
            a.start();
            b.start();
            a.join();
            b.join();
            JsonNode first = one.socket().next(f -> f.path("type").asText().matches("claimed|error"), "claim result");
            JsonNode second = two.socket().next(f -> f.path("type").asText().matches("claimed|error"), "claim result");
            List<String> outcomes = new ArrayList<>(List.of(first.path("type").asText(), second.path("type").asText()));
            outcomes.sort(null);
            assertEquals(List.of("claimed", "error"), outcomes);
            JsonNode error = "error".equals(first.path("type").asText()) ? first : second;
            assertEquals("already-claimed", error.path("code").asText());
            assertEquals(conversation, error.path("ref").asText());
            // The visitor hears of exactly one counsellor.
            visitor.socket().next("joined");
            assertTrue(visitor.socket().quietFor("joined", java.time.Duration.ofMillis(300)));
            assertEquals(1, visitor.socket().all("joined").size());
        }
    }

    @Test
    void aCounsellorHoldsSeveralChatsUpToTheLimit() {
        try (Counsellor counsellor = TestChat.counsellor()) {
            List<Visitor> visitors = new ArrayList<>();
            try {
                for (int i = 0; i < 4; i++) {
                    visitors.add(TestChat.visitor());
                }
                List<String> ids = visitors.stream().map(Visitor::start).toList();
                for (int i = 0; i < 3; i++) {
                    counsellor.claim(ids.get(i));
                }
                counsellor.socket().send(Map.of("type", "claim", "conversationId", ids.get(3)));
                assertEquals("chat-limit", counsellor.socket().next("error").path("code").asText());
                // Each chat reaches its own visitor only.
                for (int i = 0; i < 3; i++) {
                    counsellor.say(ids.get(i), "Til nummer " + i);
                    assertEquals("Til nummer " + i, visitors.get(i).socket().next("message").path("text").asText());
                }
            } finally {
                visitors.forEach(Visitor::close);
            }
        }
    }

    @Test
    void aTransferMovesTheChatToAnotherAvailableCounsellor() {
        try (Counsellor from = TestChat.counsellor(); Counsellor to = TestChat.counsellor(); Visitor visitor = TestChat.visitor()) {
            String conversation = visitor.start();
            from.claim(conversation);
            visitor.socket().next("joined");
            visitor.say("Hei");

            from.socket().send(Map.of("type", "transfer", "conversationId", conversation, "toStaffId", to.account().id()));
            JsonNode transferred = from.socket().next("transferred");
            assertEquals(to.account().displayName(), transferred.path("to").asText());
            JsonNode claimed = to.socket().next("claimed");
            assertEquals(conversation, claimed.path("conversationId").asText());
            assertEquals(to.account().displayName(), visitor.socket().next("joined").path("counsellor").asText());

            to.socket().send(Map.of("type", "resume", "conversationId", conversation, "afterSeq", 0));
            assertEquals("Hei", to.socket().next("message").path("text").asText());
            to.say(conversation, "Jeg tar over.");
            assertEquals("Jeg tar over.", visitor.socket().next(f -> "message".equals(f.path("type").asText())
                    && "counsellor".equals(f.path("from").asText()), "counsellor message").path("text").asText());

            from.socket().send(Map.of("type", "message", "conversationId", conversation, "clientMsgId", "x", "text", "Hallo"));
            assertEquals("not-yours", from.socket().next("error").path("code").asText());
        }
    }

    @Test
    void aTransferToSomeoneAwayIsRefused() {
        try (Counsellor from = TestChat.counsellor(); Counsellor away = TestChat.counsellor(); Visitor visitor = TestChat.visitor()) {
            away.socket().send(Map.of("type", "presence", "status", "away"));
            String conversation = visitor.start();
            from.claim(conversation);
            awaitStatus(away.account().id(), "away");
            from.socket().send(Map.of("type", "transfer", "conversationId", conversation, "toStaffId", away.account().id()));
            assertEquals("not-available", from.socket().next("error").path("code").asText());
        }
    }

    @Test
    void aVisitorCannotReachAnotherVisitorsConversation() {
        try (Counsellor counsellor = TestChat.counsellor(); Visitor alice = TestChat.visitor(); Visitor bob = TestChat.visitor()) {
            String aliceChat = alice.start();
            counsellor.claim(aliceChat);
            alice.say("Privat");
            // Bob has no conversation: resuming finds nothing, writing finds nothing.
            bob.socket().send(Map.of("type", "resume", "afterSeq", 0));
            assertEquals("no-conversation", bob.socket().next("error").path("code").asText());
            bob.socket().send(Map.of("type", "message", "clientMsgId", "b1", "text", "Hei"));
            assertEquals("no-conversation", bob.socket().next("error").path("code").asText());
            // Naming Alice's conversation does not help: the visitor socket takes no conversation id.
            bob.socket().send(Map.of("type", "message", "clientMsgId", "b2", "text", "Hei", "conversationId", aliceChat));
            assertEquals("no-conversation", bob.socket().next("error").path("code").asText());
            assertTrue(bob.socket().all("message").isEmpty());
            String bobChat = bob.start();
            bob.say("Mitt eget");
            assertEquals(1, Database.count("SELECT count(*) FROM chat_message WHERE conversation_id = '" + aliceChat + "'"));
            assertEquals(1, Database.count("SELECT count(*) FROM chat_message WHERE conversation_id = '" + bobChat + "'"));
            assertTrue(alice.socket().all("message").stream().noneMatch(m -> "Mitt eget".equals(m.path("text").asText())));
        }
    }

    @Test
    void aCounsellorCannotResumeOrWriteToAChatTheyDoNotHold() {
        try (Counsellor holder = TestChat.counsellor(); Counsellor other = TestChat.counsellor(); Visitor visitor = TestChat.visitor()) {
            String conversation = visitor.start();
            holder.claim(conversation);
            other.socket().send(Map.of("type", "resume", "conversationId", conversation, "afterSeq", 0));
            assertEquals("not-yours", other.socket().next("error").path("code").asText());
            other.socket().send(Map.of("type", "message", "conversationId", conversation, "clientMsgId", "o", "text", "Hei"));
            assertEquals("not-yours", other.socket().next("error").path("code").asText());
            other.socket().send(Map.of("type", "end", "conversationId", conversation));
            assertEquals("not-yours", other.socket().next("error").path("code").asText());
            other.socket().send(Map.of("type", "claim", "conversationId", UUID.randomUUID().toString()));
            assertEquals("no-conversation", other.socket().next("error").path("code").asText());
        }
    }

    private static void awaitStatus(String staffId, String status) {
        Database.awaitCount("SELECT count(*) FROM chat_presence WHERE staff_id = '" + staffId + "' AND status = '"
                + status + "'", 1);
    }

    private static List<Integer> seqs(ChatClient socket, int count) {
        List<Integer> seqs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            seqs.add(socket.next("message").path("seq").asInt());
        }
        return seqs;
    }
}
