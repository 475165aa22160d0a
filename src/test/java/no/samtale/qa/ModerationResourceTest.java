package no.samtale.qa;

import static io.restassured.RestAssured.given;
import static no.samtale.testing.Problems.isProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import no.samtale.testing.Database;
import no.samtale.testing.TestQuestions;
import no.samtale.testing.TestStaff;

@QuarkusTest
class ModerationResourceTest {

    @Test
    void personalDataIsFlaggedAndOnlyTheRedactedTextIsKept() {
        TestStaff.Account moderator = TestStaff.create("moderator");
        String title = "Kan noen ringe meg " + UUID.randomUUID();
        String receipt = TestQuestions.ask(title, "Ring meg på 912 34 567 eller skriv til ola.nordmann@example.no.",
                "health", "nb", true);
        String id = TestQuestions.idOf(title, moderator.token(), "received");

        given().auth().oauth2(moderator.token()).get("/api/console/questions/" + id).then().statusCode(200)
                .body("bodyFindings.kind", hasItem("phone"))
                .body("bodyFindings.kind", hasItem("email"))
                .body("bodyFindings.find { it.kind == 'email' }.match", equalTo("ola.nordmann@example.no"));

        given().auth().oauth2(moderator.token()).contentType(ContentType.JSON)
                .body(Map.of("title", title, "body", "Ring meg på [fjernet] eller skriv til [fjernet].", "category", "health"))
                .put("/api/console/questions/" + id).then().statusCode(200)
                .body("redacted", equalTo(true))
                .body("bodyFindings.size()", equalTo(0));
        org.junit.jupiter.api.Assertions.assertFalse(Database.everything().contains("ola.nordmann@example.no"));
        given().contentType(ContentType.JSON).body(Map.of("receipt", receipt)).post("/api/questions/lookup").then()
                .body("body", equalTo("Ring meg på [fjernet] eller skriv til [fjernet]."));
        given().auth().oauth2(TestStaff.adminToken()).queryParam("action", "question.edit").get("/api/admin/audit").then()
                .body("subjectId", hasItem(id));
    }

    @Test
    void rejectionCarriesAReasonTheAskerSees() {
        TestStaff.Account moderator = TestStaff.create("moderator");
        String title = "Avvises " + UUID.randomUUID();
        String receipt = TestQuestions.ask(title, "Dette er ikke et spørsmål til tjenesten.", "law", "nb", true);
        String id = TestQuestions.idOf(title, moderator.token(), "received");
        given().auth().oauth2(moderator.token()).contentType(ContentType.JSON).body(Map.of("reason", "Utenfor det vi svarer på."))
                .post("/api/console/questions/" + id + "/reject").then().statusCode(200).body("status", equalTo("rejected"));
        given().contentType(ContentType.JSON).body(Map.of("receipt", receipt)).post("/api/questions/lookup").then()
                .body("status", equalTo("rejected")).body("rejectReason", equalTo("Utenfor det vi svarer på."));
        isProblem(given().auth().oauth2(moderator.token()).post("/api/console/questions/" + id + "/accept").then(), 409);
    }

    @Test
    void theWholeWayToTheArchiveAndBack() {
        TestStaff.Account moderator = TestStaff.create("moderator");
        TestStaff.Account counsellor = TestStaff.create("counsellor");
        String title = "Er det straffbart å kjøpe sex i utlandet " + UUID.randomUUID();
        String slug = TestQuestions.published(title, "Jeg reiser mye i jobben.", "Ja, for nordmenn gjelder loven også i utlandet.",
                "law", "nb", moderator.token(), counsellor.token());
        org.hamcrest.MatcherAssert.assertThat(slug, matchesPattern("er-det-straffbart-a-kjope-sex-i-utlandet-[a-z0-9-]+"));

        given().get("/api/qa/" + slug).then().statusCode(200)
                .body("title", equalTo(title))
                .body("answerHtml", containsString("loven"))
                .body("publishedAt", notNullValue());
        String id = TestQuestions.idOf(title, moderator.token(), "published");
        given().auth().oauth2(moderator.token()).post("/api/console/questions/" + id + "/unpublish").then().statusCode(200)
                .body("status", equalTo("answered"));
        isProblem(given().get("/api/qa/" + slug).then(), 404);
        given().auth().oauth2(moderator.token()).post("/api/console/questions/" + id + "/publish").then().statusCode(200)
                .body("slug", equalTo(slug));
        given().auth().oauth2(TestStaff.adminToken()).queryParam("action", "question.publish").get("/api/admin/audit").then()
                .body("subjectId", hasItem(id));
    }

    @Test
    void answersAreRenderedFromMarkdownAndSanitised() {
        TestStaff.Account counsellor = TestStaff.create("counsellor");
        given().auth().oauth2(counsellor.token()).contentType(ContentType.JSON)
                .body(Map.of("body", "Hei *du*.\n\n<script>alert(1)</script>\n\n[lenke](javascript:alert(1)) og [trygg](https://example.org)"))
                .post("/api/console/questions/preview").then().statusCode(200)
                .body("html", containsString("<em>du</em>"))
                .body("html", not(containsString("<script")))
                .body("html", not(containsString("javascript:")))
                .body("html", containsString("href=\"https://example.org\""))
                .body("html", containsString("noreferrer"));
    }

    @Test
    void stateChangesFollowTheRules() {
        TestStaff.Account moderator = TestStaff.create("moderator");
        TestStaff.Account counsellor = TestStaff.create("counsellor");
        String title = "Rekkefølge " + UUID.randomUUID();
        TestQuestions.ask(title, "Kan dette publiseres før det er besvart?", "feelings", "nb", true);
        String id = TestQuestions.idOf(title, moderator.token(), "received");
        // Not answered before it is accepted, not published before it is answered.
        isProblem(given().auth().oauth2(counsellor.token()).contentType(ContentType.JSON).body(Map.of("body", "Svar"))
                .post("/api/console/questions/" + id + "/answer").then(), 409);
        isProblem(given().auth().oauth2(moderator.token()).post("/api/console/questions/" + id + "/publish").then(), 409);
        isProblem(given().auth().oauth2(moderator.token()).post("/api/console/questions/" + id + "/unpublish").then(), 409);
        isProblem(given().auth().oauth2(moderator.token()).get("/api/console/questions/" + UUID.randomUUID()).then(), 404);
        isProblem(given().auth().oauth2(moderator.token()).queryParam("status", "nonsense").get("/api/console/questions").then(), 400);
    }

    @Test
    void rolesDecideWhoDoesWhat() {
        TestStaff.Account moderator = TestStaff.create("moderator");
        TestStaff.Account counsellor = TestStaff.create("counsellor");
        TestStaff.Account clinic = TestStaff.create("clinic");
        String visitor = given().post("/api/visitor/tokens").path("token");
        String title = "Roller " + UUID.randomUUID();
        TestQuestions.ask(title, "Hvem får se dette spørsmålet?", "relatives", "nb", true);
        String id = TestQuestions.idOf(title, moderator.token(), "received");

        for (String token : new String[] { clinic.token(), visitor }) {
            isProblem(given().auth().oauth2(token).get("/api/console/questions").then(), 403);
        }
        isProblem(given().auth().oauth2(counsellor.token()).post("/api/console/questions/" + id + "/accept").then(), 403);
        isProblem(given().auth().oauth2(counsellor.token()).post("/api/console/questions/" + id + "/publish").then(), 403);
        isProblem(given().auth().oauth2(moderator.token()).contentType(ContentType.JSON).body(Map.of("body", "Svar"))
                .post("/api/console/questions/" + id + "/answer").then(), 403);
        isProblem(given().get("/api/console/questions").then(), 401);
        given().auth().oauth2(counsellor.token()).get("/api/console/questions").then().statusCode(200);
    }
}
