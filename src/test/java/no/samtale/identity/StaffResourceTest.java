package no.samtale.identity;

import static io.restassured.RestAssured.given;
import static no.samtale.testing.Problems.isProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import no.samtale.testing.TestStaff;
import no.samtale.testing.TestTokens;

@QuarkusTest
class StaffResourceTest {

    @Test
    void staffLogsInAndSeesThemselves() throws Exception {
        TestStaff.Account counsellor = TestStaff.create("counsellor");
        ExtractableResponse<Response> login = given().contentType(ContentType.JSON)
                .body(Map.of("username", counsellor.username(), "password", counsellor.password()))
                .post("/api/staff/login")
                .then().statusCode(200)
                .header("Set-Cookie", nullValue())
                .body("token", not(emptyOrNullString()))
                .body("staff.username", equalTo(counsellor.username()))
                .body("staff.roles", contains("counsellor"))
                .body("staff.passwordHash", nullValue())
                .extract();

        var claims = VisitorTokenResourceTest.payload(login.path("token"));
        assertEquals(counsellor.id(), claims.get("sub").asText());
        assertEquals("counsellor", claims.get("groups").get(0).asText());
        long lifetime = claims.get("exp").asLong() - claims.get("iat").asLong();
        assertTrue(Math.abs(lifetime - 8 * 3600) < 60, "staff token lifetime " + lifetime);

        given().auth().oauth2(login.path("token")).get("/api/staff/me")
                .then().statusCode(200)
                .body("id", equalTo(counsellor.id()))
                .body("displayName", equalTo(counsellor.displayName()))
                .body("roles", contains("counsellor"));
    }

    @Test
    void loginIsCaseInsensitiveOnTheUsername() {
        TestStaff.Account clinic = TestStaff.create("clinic");
        given().contentType(ContentType.JSON)
                .body(Map.of("username", clinic.username().toUpperCase(), "password", clinic.password()))
                .post("/api/staff/login").then().statusCode(200);
    }

    @Test
    void unknownUserAndWrongPasswordAnswerAlike() {
        TestStaff.Account known = TestStaff.create("moderator");
        Response wrongPassword = loginAttempt(known.username(), "not-the-password");
        Response unknownUser = loginAttempt("nobody-" + UUID.randomUUID(), "not-the-password");

        assertEquals(401, wrongPassword.statusCode());
        assertEquals(401, unknownUser.statusCode());
        assertEquals(wrongPassword.asString(), unknownUser.asString());
        assertEquals(wrongPassword.contentType(), unknownUser.contentType());
    }

    @Test
    void failedLoginsAreThrottledForKnownAndUnknownUsersAlike() {
        TestStaff.Account known = TestStaff.create("counsellor");
        String unknown = "ghost-" + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            assertEquals(401, loginAttempt(known.username(), "wrong-" + i).statusCode());
            assertEquals(401, loginAttempt(unknown, "wrong-" + i).statusCode());
        }
        for (String username : new String[] { known.username(), unknown }) {
            isProblem(given().contentType(ContentType.JSON)
                    .body(Map.of("username", username, "password", "wrong-again"))
                    .post("/api/staff/login").then(), 429)
                    .header("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*"));
        }
        // Even the right password waits until the throttle lets go.
        assertEquals(429, loginAttempt(known.username(), known.password()).statusCode());
    }

    @Test
    void disabledAccountCannotLogInAndItsTokensStopWorking() {
        TestStaff.Account counsellor = TestStaff.create("counsellor");
        given().auth().oauth2(TestStaff.adminToken()).post("/api/admin/staff/" + counsellor.id() + "/disable")
                .then().statusCode(200).body("disabled", equalTo(true));

        isProblem(given().auth().oauth2(counsellor.token()).get("/api/staff/me").then(), 401);
        assertEquals(401, loginAttempt(counsellor.username(), counsellor.password()).statusCode());
    }

    @Test
    void staffChangesOwnPasswordAndOldSessionsEnd() {
        TestStaff.Account moderator = TestStaff.create("moderator");
        String newToken = given().auth().oauth2(moderator.token()).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", moderator.password(), "newPassword", "another-long-password"))
                .post("/api/staff/me/password")
                .then().statusCode(200).extract().path("token");

        given().auth().oauth2(newToken).get("/api/staff/me").then().statusCode(200);
        isProblem(given().auth().oauth2(moderator.token()).get("/api/staff/me").then(), 401);
        assertEquals(401, loginAttempt(moderator.username(), moderator.password()).statusCode());
        assertEquals(200, loginAttempt(moderator.username(), "another-long-password").statusCode());
    }

    @Test
    void wrongCurrentPasswordIsRefused() {
        TestStaff.Account clinic = TestStaff.create("clinic");
        isProblem(given().auth().oauth2(clinic.token()).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "not-it-at-all", "newPassword", "another-long-password"))
                .post("/api/staff/me/password").then(), 400);
    }

    @Test
    void missingOrBadTokensGet401() {
        isProblem(given().get("/api/staff/me").then(), 401).header("WWW-Authenticate", "Bearer");
        String real = TestStaff.create("counsellor").token();
        for (String bad : new String[] { "not-a-jwt", TestTokens.expired("counsellor"), TestTokens.wrongIssuer("counsellor"),
                TestTokens.foreignKey("counsellor"), TestTokens.unsigned("admin"), TestTokens.tampered(real, "admin") }) {
            isProblem(given().auth().oauth2(bad).get("/api/staff/me").then(), 401);
        }
    }

    @Test
    void loginRequestIsValidated() {
        isProblem(given().contentType(ContentType.JSON).body(Map.of("username", "x"))
                .post("/api/staff/login").then(), 400)
                .body("errors.field", contains("password"));
        isProblem(given().contentType(ContentType.JSON).body(Map.of("username", "x".repeat(65), "password", "p"))
                .post("/api/staff/login").then(), 400)
                .body("errors.field", contains("username"));
    }

    private static Response loginAttempt(String username, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .post("/api/staff/login");
    }
}
