package no.samtale.chat;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import no.samtale.testing.ChatClient;
import no.samtale.testing.Database;
import no.samtale.testing.Problems;
import no.samtale.testing.TestChat;
import no.samtale.testing.TestChat.Counsellor;
import no.samtale.testing.TestChat.Visitor;
import no.samtale.testing.TestStaff;

@QuarkusTest
class ChatResourcesTest {

    @Inject
    ChatRetention retention;

    @Inject
    ChatHousekeeping housekeeping;

    @BeforeEach
    void open() {
        TestChat.emptyQueueAndPresence();
        TestChat.openAllDay();
    }

    @Test
    void statusSaysOpenOnlyWithACounsellorAvailableAndCountsTheWaiting() {
        given().get("/api/chat/status").then().statusCode(200)
                .body("open", is(false)).body("waiting", is(0)).body("nextOpening", nullValue());
        try (Counsellor counsellor = TestChat.counsellor(); Visitor visitor = TestChat.visitor()) {
            given().get("/api/chat/status").then().statusCode(200).body("open", is(true)).body("waiting", is(0));
            visitor.start();
            given().get("/api/chat/status").then().body("waiting", is(1));
            counsellor.socket().send(Map.of("type", "presence", "status", "away"));
            awaitCount("SELECT count(*) FROM chat_presence WHERE status = 'available'", 0);
            given().get("/api/chat/status").then().body("open", is(false));
        }
    }

    @Test
    void aVisitorErasesTheirConversationAtOnce() {
        try (Counsellor counsellor = TestChat.counsellor(); Visitor visitor = TestChat.visitor()) {
            String conversation = visitor.start();
            counsellor.claim(conversation);
            visitor.say("Slett dette etterpå");
            given().header("Authorization", "Bearer " + counsellor.account().token()).contentType(ContentType.JSON)
                    .body(Map.of("text", "Notat")).post("/api/console/conversations/" + conversation + "/notes")
                    .then().statusCode(201);

            given().header("Authorization", "Bearer " + visitor.token()).delete("/api/chat/conversation")
                    .then().statusCode(204);

            assertEquals(0, Database.count("SELECT count(*) FROM chat_conversation WHERE id = '" + conversation + "'"));
            assertEquals(0, Database.count("SELECT count(*) FROM chat_message WHERE conversation_id = '" + conversation + "'"));
            assertEquals(0, Database.count("SELECT count(*) FROM chat_note WHERE conversation_id = '" + conversation + "'"));
            assertEquals("erased", counsellor.socket().next("ended").path("by").asText());
            assertEquals("erased", visitor.socket().next("ended").path("by").asText());
        }
    }

    @Test
    void erasingNeedsTheVisitorsToken() {
        Problems.isProblem(given().delete("/api/chat/conversation").then(), 401);
        Problems.isProblem(given().header("Authorization", "Bearer " + TestStaff.create("counsellor").token())
                .delete("/api/chat/conversation").then(), 403);
        // Another visitor's erase touches nothing of this one.
        try (Counsellor counsellor = TestChat.counsellor(); Visitor visitor = TestChat.visitor()) {
            String conversation = visitor.start();
            given().header("Authorization", "Bearer " + TestChat.visitorToken()).delete("/api/chat/conversation")
                    .then().statusCode(204);
            assertEquals(1, Database.count("SELECT count(*) FROM chat_conversation WHERE id = '" + conversation + "'"));
        }
    }

    @Test
    void transcriptsAndNotesBelongToTheCounsellorHoldingTheChatAndReadsAreAudited() {
        try (Counsellor counsellor = TestChat.counsellor(); Visitor visitor = TestChat.visitor()) {
            String conversation = visitor.start();
            counsellor.claim(conversation);
            visitor.say("Hei");
            counsellor.say(conversation, "Hei, velkommen");
            String token = counsellor.account().token();

            given().header("Authorization", "Bearer " + token).get("/api/console/conversations").then().statusCode(200)
                    .body("id", contains(conversation)).body("[0].lastSeq", is(2));
            given().header("Authorization", "Bearer " + token)
                    .get("/api/console/conversations/" + conversation + "/transcript").then().statusCode(200)
                    .header("Cache-Control", org.hamcrest.Matchers.containsString("no-store"))
                    .body("messages.text", contains("Hei", "Hei, velkommen"))
                    .body("messages.from", contains("visitor", "counsellor"));
            given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                    .body(Map.of("text", "Vurder å nevne testing")).post("/api/console/conversations/" + conversation + "/notes")
                    .then().statusCode(201).body("author", equalTo(counsellor.account().displayName()));
            given().header("Authorization", "Bearer " + token).get("/api/console/conversations/" + conversation + "/notes")
                    .then().statusCode(200).body("text", contains("Vurder å nevne testing"));
            Problems.isProblem(given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                    .body(Map.of("text", "")).post("/api/console/conversations/" + conversation + "/notes").then(), 400);
            Problems.isProblem(given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                    .body(Map.of("text", "a\u0000b")).post("/api/console/conversations/" + conversation + "/notes").then(), 400);

            String other = TestStaff.create("counsellor").token();
            Problems.isProblem(given().header("Authorization", "Bearer " + other)
                    .get("/api/console/conversations/" + conversation + "/transcript").then(), 404);
            Problems.isProblem(given().header("Authorization", "Bearer " + other)
                    .get("/api/console/conversations/" + conversation + "/notes").then(), 404);
            Problems.isProblem(given().header("Authorization", "Bearer " + visitor.token())
                    .get("/api/console/conversations/" + conversation + "/transcript").then(), 403);

            counsellor.socket().send(Map.of("type", "end", "conversationId", conversation));
            visitor.socket().next("ended");
            for (String action : List.of("chat.claim", "chat.transcript-read", "chat.end")) {
                given().header("Authorization", "Bearer " + TestStaff.adminToken()).queryParam("action", action)
                        .queryParam("size", 200).get("/api/admin/audit").then().statusCode(200)
                        .body("findAll { it.subjectId == '" + conversation + "' }.staffUsername",
                                hasItem(counsellor.account().username()));
            }
        }
    }

    @Test
    void transfersAreAuditedAndTheListShowsWhoCouldTakeOne() {
        try (Counsellor from = TestChat.counsellor(); Counsellor to = TestChat.counsellor(); Visitor visitor = TestChat.visitor()) {
            String conversation = visitor.start();
            from.claim(conversation);
            given().header("Authorization", "Bearer " + from.account().token()).get("/api/console/counsellors")
                    .then().statusCode(200)
                    .body("find { it.id == '" + to.account().id() + "' }.status", equalTo("available"))
                    .body("id", not(hasItem(from.account().id())));
            from.socket().send(Map.of("type", "transfer", "conversationId", conversation, "toStaffId", to.account().id()));
            from.socket().next("transferred");
            given().header("Authorization", "Bearer " + TestStaff.adminToken()).queryParam("action", "chat.transfer")
                    .get("/api/admin/audit").then().statusCode(200)
                    .body("findAll { it.subjectId == '" + conversation + "' }.detail", hasItem("to " + to.account().username()));
        }
    }

    @Test
    void cannedRepliesAreManagedByCounsellors() {
        String token = TestStaff.create("counsellor").token();
        String id = given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Map.of("title", "Velkommen", "text", "Hei, og velkommen til chatten.", "language", "nb"))
                .post("/api/console/canned-replies").then().statusCode(201).extract().path("id");
        given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Map.of("title", "Velkommen", "text", "Hei! Velkommen.", "language", "nb"))
                .put("/api/console/canned-replies/" + id).then().statusCode(200).body("text", equalTo("Hei! Velkommen."));
        given().header("Authorization", "Bearer " + token).get("/api/console/canned-replies").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.title", equalTo("Velkommen"));
        Problems.isProblem(given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Map.of("title", "", "text", "x", "language", "de")).post("/api/console/canned-replies")
                .then(), 400);
        Problems.isProblem(given().header("Authorization", "Bearer " + TestStaff.create("moderator").token())
                .get("/api/console/canned-replies").then(), 403);
        given().header("Authorization", "Bearer " + token).delete("/api/console/canned-replies/" + id).then().statusCode(204);
        Problems.isProblem(given().header("Authorization", "Bearer " + token).delete("/api/console/canned-replies/" + id)
                .then(), 404);
    }

    @Test
    void openingHoursAreSetByAnAdminAndChecked() {
        String admin = TestStaff.adminToken();
        given().header("Authorization", "Bearer " + admin).contentType(ContentType.JSON)
                .body(Map.of("weekly", List.of(Map.of("day", "MONDAY", "opens", "10:00", "closes", "16:00"),
                        Map.of("day", "MONDAY", "opens", "18:00", "closes", "24:00")),
                        "closedDays", List.of(Map.of("date", "2026-12-24", "note", "Julaften"))))
                .put("/api/admin/opening-hours").then().statusCode(200)
                .body("zone", equalTo("Europe/Oslo")).body("weekly.closes", contains("16:00", "24:00"));
        given().header("Authorization", "Bearer " + admin).get("/api/admin/opening-hours").then().statusCode(200)
                .body("closedDays[0].date", equalTo("2026-12-24")).body("closedDays[0].note", equalTo("Julaften"));

        Problems.isProblem(put(admin, Map.of("weekly", List.of(Map.of("day", "MONDAY", "opens", "10:00", "closes", "25:00")),
                "closedDays", List.of())), 400);
        Problems.isProblem(put(admin, Map.of("weekly", List.of(Map.of("day", "MONDAY", "opens", "16:00", "closes", "10:00")),
                "closedDays", List.of())), 400);
        Problems.isProblem(put(admin, Map.of("weekly", List.of(Map.of("day", "MONDAY", "opens", "10:00", "closes", "16:00"),
                Map.of("day", "MONDAY", "opens", "15:00", "closes", "17:00")), "closedDays", List.of())), 400);
        Problems.isProblem(put(admin, Map.of("weekly", List.of(Map.of("day", "FUNDAY", "opens", "10:00", "closes", "16:00")),
                "closedDays", List.of())), 400);
        Problems.isProblem(put(admin, Map.of("weekly", List.of(), "closedDays", List.of(Map.of("date", "2026-12-24"),
                Map.of("date", "2026-12-24")))), 400);
        Problems.isProblem(put(TestStaff.create("counsellor").token(), Map.of("weekly", List.of(), "closedDays", List.of())),
                403);
        Problems.isProblem(given().get("/api/admin/opening-hours").then(), 401);
    }

    @Test
    void transcriptsAreDeletedThirtyDaysAfterTheEndAndAbandonedQueuedChatsEnd() throws Throwable {
        String old;
        String recent;
        try (Counsellor counsellor = TestChat.counsellor(); Visitor first = TestChat.visitor(); Visitor second = TestChat.visitor()) {
            old = first.start();
            recent = second.start();
            counsellor.claim(old);
            first.say("Gammel");
            given().header("Authorization", "Bearer " + counsellor.account().token()).contentType(ContentType.JSON)
                    .body(Map.of("text", "Notat")).post("/api/console/conversations/" + old + "/notes").then().statusCode(201);
            counsellor.socket().send(Map.of("type", "end", "conversationId", old));
            first.socket().next("ended");
        }
        Database.update("UPDATE chat_conversation SET ended_at = now() - interval '31 days' WHERE id = '" + old + "'");
        VertxContextSupport.subscribeAndAwait(() -> retention.deleteExpired());
        assertEquals(0, Database.count("SELECT count(*) FROM chat_conversation WHERE id = '" + old + "'"));
        assertEquals(0, Database.count("SELECT count(*) FROM chat_message WHERE conversation_id = '" + old + "'"));
        assertEquals(0, Database.count("SELECT count(*) FROM chat_note WHERE conversation_id = '" + old + "'"));

        // The second visitor's socket closed while waiting: once they have been away past the grace period
        // (2 minutes), their chat ends.
        Database.update("UPDATE chat_conversation SET visitor_seen_at = now() - interval '3 minutes' WHERE id = '" + recent + "'");
        VertxContextSupport.subscribeAndAwait(() -> housekeeping.run());
        assertEquals(1, Database.count("SELECT count(*) FROM chat_conversation WHERE id = '" + recent
                + "' AND status = 'ended' AND ended_by = 'timeout'"));
        VertxContextSupport.subscribeAndAwait(() -> retention.deleteExpired());
        assertEquals(1, Database.count("SELECT count(*) FROM chat_conversation WHERE id = '" + recent + "'"), "kept 30 days");
    }

    @Test
    void aVisitorStillConnectedIsConfirmedAndOneWhoComesBackInTimeKeepsTheirPlace() throws Throwable {
        try (Counsellor counsellor = TestChat.counsellor(); Visitor connected = TestChat.visitor(); Visitor away = TestChat.visitor()) {
            String stays = connected.start();
            String returns = away.start();
            away.socket().close();
            Database.update("UPDATE chat_conversation SET visitor_seen_at = now() - interval '3 minutes' WHERE id = '" + stays + "'");
            Database.update("UPDATE chat_conversation SET visitor_seen_at = now() - interval '1 minute' WHERE id = '" + returns + "'");
            VertxContextSupport.subscribeAndAwait(() -> housekeeping.run());
            assertEquals(2, Database.count("SELECT count(*) FROM chat_conversation WHERE id IN ('" + stays + "', '" + returns
                    + "') AND status = 'queued'"), "the connected one is confirmed, the other is still within grace");
            assertEquals(1, Database.count("SELECT count(*) FROM chat_conversation WHERE id = '" + stays
                    + "' AND visitor_seen_at > now() - interval '10 seconds'"));
            try (ChatClient back = away.reconnect()) {
                back.send(Map.of("type", "resume", "afterSeq", 0));
                assertEquals(2, back.next("queued").path("position").asInt());
                awaitCount("SELECT count(*) FROM chat_conversation WHERE id = '" + returns
                        + "' AND visitor_seen_at > now() - interval '10 seconds'", 1);
            }
        }
    }

    @Test
    void anActiveChatWhoseVisitorNeverCameBackEndsAfterHalfADay() throws Throwable {
        try (Counsellor counsellor = TestChat.counsellor(); Visitor visitor = TestChat.visitor()) {
            String conversation = visitor.start();
            counsellor.claim(conversation);
            visitor.socket().close();
            Database.update("UPDATE chat_conversation SET visitor_seen_at = now() - interval '11 hours' WHERE id = '" + conversation + "'");
            VertxContextSupport.subscribeAndAwait(() -> housekeeping.run());
            assertEquals(1, Database.count("SELECT count(*) FROM chat_conversation WHERE id = '" + conversation + "' AND status = 'active'"));
            Database.update("UPDATE chat_conversation SET visitor_seen_at = now() - interval '13 hours' WHERE id = '" + conversation + "'");
            VertxContextSupport.subscribeAndAwait(() -> housekeeping.run());
            assertEquals("timeout", counsellor.socket().next("ended").path("by").asText());
        }
    }

    private static io.restassured.response.ValidatableResponse put(String token, Object body) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON).body(body)
                .put("/api/admin/opening-hours").then();
    }

    private static void awaitCount(String sql, long expected) {
        Database.awaitCount(sql, expected);
        assertEquals(expected, Database.count(sql), sql);
    }
}
