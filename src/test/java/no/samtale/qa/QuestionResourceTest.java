package no.samtale.qa;

import static io.restassured.RestAssured.given;
import static no.samtale.testing.Problems.isProblem;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import no.samtale.testing.Database;
import no.samtale.testing.TestQuestions;
import no.samtale.testing.TestStaff;

@QuarkusTest
class QuestionResourceTest {

    @Test
    void visitorAsksAnonymouslyAndGetsAReceipt() {
        String title = "Hvordan slutter jeg? " + UUID.randomUUID();
        given().contentType(ContentType.JSON)
                .body(Map.of("title", title, "body", "Jeg har kjøpt sex i mange år og vil slutte.", "category", "stopping",
                        "language", "nb", "publishConsent", true))
                .post("/api/questions").then().statusCode(201)
                .header("Set-Cookie", nullValue())
                .body("receipt", matchesPattern("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}"))
                .body("status", equalTo("received"));
    }

    @Test
    void theReceiptShowsStatusAndLaterThePrivateAnswer() {
        String title = "Privat spørsmål " + UUID.randomUUID();
        String receipt = TestQuestions.ask(title, "Kan jeg få svar uten at det publiseres?", "feelings", "nb", false);
        lookup(receipt.toLowerCase().replace("-", "")).statusCode(200)
                .body("status", equalTo("received")).body("title", equalTo(title)).body("answer", nullValue());

        TestStaff.Account moderator = TestStaff.create("moderator");
        TestStaff.Account counsellor = TestStaff.create("counsellor");
        String id = TestQuestions.idOf(title, moderator.token(), "received");
        given().auth().oauth2(moderator.token()).post("/api/console/questions/" + id + "/accept").then().statusCode(200);
        given().auth().oauth2(counsellor.token()).contentType(ContentType.JSON).body(Map.of("body", "Ja, **selvsagt**."))
                .post("/api/console/questions/" + id + "/answer").then().statusCode(200);

        lookup(receipt).body("status", equalTo("answered"))
                .body("answer.html", containsString("<strong>selvsagt</strong>"));
        // Without consent the answer stays private: it cannot be published.
        isProblem(given().auth().oauth2(moderator.token()).post("/api/console/questions/" + id + "/publish").then(), 409);
    }

    @Test
    void theReceiptIsStoredOnlyAsAHash() {
        String receipt = TestQuestions.ask("Kvittering " + UUID.randomUUID(), "Lagres koden min i klartekst?", "law", "nb", false);
        String stored = Database.everything();
        assertFalse(stored.contains(receipt) || stored.contains(receipt.replace("-", "")), "receipt stored in the clear");
    }

    @Test
    void askerCanWithdraw() {
        String receipt = TestQuestions.ask("Angrer " + UUID.randomUUID(), "Jeg vil likevel ikke spørre om dette.", "health", "nb", true);
        given().contentType(ContentType.JSON).body(Map.of("receipt", receipt)).post("/api/questions/withdraw").then().statusCode(204);
        lookup(receipt).body("status", equalTo("withdrawn"));
        isProblem(given().contentType(ContentType.JSON).body(Map.of("receipt", receipt)).post("/api/questions/withdraw").then(), 409);
    }

    @Test
    void questionsAreValidatedWithTheFieldsNamed() {
        isProblem(given().contentType(ContentType.JSON)
                .body(Map.of("title", "", "body", "x".repeat(4001), "category", "stopping", "language", "de"))
                .post("/api/questions").then(), 400)
                .body("errors.field.unique()", containsInAnyOrder("body", "language", "publishConsent", "title"));
        isProblem(given().contentType(ContentType.JSON)
                .body(Map.of("title", "Gyldig tittel", "body", "Gyldig tekst her.", "category", "astrology", "language", "nb",
                        "publishConsent", true))
                .post("/api/questions").then(), 400)
                .body("detail", containsString("stopping"));
        isProblem(lookup("0000-0000-0000-0000"), 404);
        isProblem(lookup("nonsense"), 400);
    }

    private static io.restassured.response.ValidatableResponse lookup(String receipt) {
        return given().contentType(ContentType.JSON).body(Map.of("receipt", receipt)).post("/api/questions/lookup").then();
    }
}
