package no.samtale.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import no.samtale.testing.ChatClient;
import no.samtale.testing.TestChat;
import no.samtale.testing.TestStaff;
import no.samtale.testing.TestTokens;

/** Who may open which socket: decided in the handshake, before any socket exists. */
@QuarkusTest
class ChatHandshakeTest {

    private String visitor;

    @BeforeEach
    void token() {
        visitor = TestChat.visitorToken();
    }

    @Test
    void aVisitorTokenOpensTheVisitorSocket() {
        assertEquals(101, ChatClient.handshakeStatus("/ws/chat", visitor, ChatClient.origin()));
        assertEquals(101, ChatClient.handshakeStatus("/ws/chat", visitor, null), "clients that are not browsers send no Origin");
    }

    @Test
    void browsersCarryTheTokenInTheSubprotocolHeader() {
        String carrier = URLEncoder.encode("quarkus-http-upgrade#Authorization#Bearer " + visitor, StandardCharsets.UTF_8)
                .replace("+", "%20");
        assertEquals(101, ChatClient.handshakeStatus("/ws/chat", null, ChatClient.origin(), "bearer-token-carrier", carrier));
    }

    @Test
    void missingExpiredAndForgedTokensAreRefused() {
        assertEquals(401, ChatClient.handshakeStatus("/ws/chat", null, ChatClient.origin()));
        assertEquals(401, ChatClient.handshakeStatus("/ws/chat", "not-a-jwt", ChatClient.origin()));
        assertEquals(401, ChatClient.handshakeStatus("/ws/chat", TestTokens.expired("visitor"), ChatClient.origin()));
        assertEquals(401, ChatClient.handshakeStatus("/ws/chat", TestTokens.unsigned("visitor"), ChatClient.origin()));
        assertEquals(401, ChatClient.handshakeStatus("/ws/chat", TestTokens.foreignKey("visitor"), ChatClient.origin()));
        assertEquals(401, ChatClient.handshakeStatus("/ws/chat", TestTokens.wrongIssuer("visitor"), ChatClient.origin()));
        assertEquals(401, ChatClient.handshakeStatus("/ws/console", TestTokens.tampered(visitor, "counsellor"),
                ChatClient.origin()));
    }

    @Test
    void eachSocketTakesOnlyItsOwnRole() {
        String counsellor = TestStaff.create("counsellor").token();
        String moderator = TestStaff.create("moderator").token();
        assertEquals(403, ChatClient.handshakeStatus("/ws/chat", counsellor, ChatClient.origin()), "a staff token on /ws/chat");
        assertEquals(403, ChatClient.handshakeStatus("/ws/console", visitor, ChatClient.origin()));
        assertEquals(403, ChatClient.handshakeStatus("/ws/console", moderator, ChatClient.origin()));
        assertEquals(101, ChatClient.handshakeStatus("/ws/console", counsellor, ChatClient.origin()));
    }

    @Test
    void aForeignOriginIsRefused() {
        assertEquals(403, ChatClient.handshakeStatus("/ws/chat", visitor, "https://evil.example"));
        assertEquals(403, ChatClient.handshakeStatus("/ws/console", TestStaff.create("counsellor").token(),
                "http://localhost.evil.example"));
        assertEquals(403, ChatClient.handshakeStatus("/ws/chat", visitor, "null"));
    }

    @Test
    void aRevokedStaffTokenIsRefused() {
        TestStaff.Account counsellor = TestStaff.create("counsellor");
        io.restassured.RestAssured.given().header("Authorization", "Bearer " + TestStaff.adminToken())
                .post("/api/admin/staff/" + counsellor.id() + "/disable").then().statusCode(200);
        assertEquals(401, ChatClient.handshakeStatus("/ws/console", counsellor.token(), ChatClient.origin()));
    }

    @Test
    void theTokenIsNeverTakenFromTheQueryString() {
        assertEquals(401, ChatClient.handshakeStatus("/ws/chat?access_token=" + visitor, null, ChatClient.origin()));
        assertEquals(401, ChatClient.handshakeStatus("/ws/chat?token=" + visitor, null, ChatClient.origin()));
    }

    @Test
    void framesWorkOnABrowserStyleSocket() {
        // The same socket a browser opens answers frames like any other.
        try (ChatClient socket = ChatClient.open("/ws/chat", visitor)) {
            socket.send(Map.of("type", "resume", "afterSeq", 0));
            assertEquals("no-conversation", socket.next("error").path("code").asText());
        }
    }
}
