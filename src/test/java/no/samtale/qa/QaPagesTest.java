package no.samtale.qa;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import no.samtale.testing.Database;
import no.samtale.testing.TestQuestions;
import no.samtale.testing.TestStaff;

/** The Q&A pages as a browser without JavaScript uses them. */
@QuarkusTest
class QaPagesTest {

    private static final Pattern RECEIPT = Pattern.compile("id=\"receipt-code\" class=\"code\">([0-9A-Z-]{19})<");

    @Test
    void archiveListsSearchesAndShowsAnEntry() {
        TestStaff.Account staff = TestStaff.create("moderator", "counsellor");
        String marker = "mk" + UUID.randomUUID().toString().substring(0, 6);
        String title = "Hvordan forteller jeg det til kona mi " + marker;
        String slug = TestQuestions.published(title, "Hun vet ikke noe.\nJeg vil være ærlig.",
                "Det finnes ingen enkel oppskrift, men **ærlighet** over tid bygger tillit.", "relationships", "nb",
                staff.token(), staff.token());

        given().get("/qa").then().statusCode(200)
                .body(containsString("<h1>Spørsmål og svar</h1>"))
                .body(containsString("href=\"/qa/" + slug + "?lang=nb\""))
                .body(containsString("class=\"category-link\""));
        given().queryParam("q", "ærlig " + marker).get("/qa").then().statusCode(200)
                .body(containsString("<mark>"))
                .body(containsString("class=\"qa-title\" href=\"/qa/" + slug + "?lang=nb\""));
        given().queryParam("q", "fortelle kna " + marker + "x").get("/qa").then().statusCode(200);
        given().queryParam("category", "law").queryParam("q", marker).get("/qa").then().statusCode(200)
                .body(containsString("id=\"no-results\""));

        given().queryParam("lang", "en").get("/qa/" + slug).then().statusCode(200)
                .body(containsString("<title>" + title + " – Samtale</title>"))
                .body(containsString("<meta name=\"description\" content=\"Det finnes ingen enkel oppskrift"))
                .body(containsString("<h1 class=\"qa-question-title\">" + title + "</h1>"))
                .body(containsString("<strong>ærlighet</strong>"))
                .body(containsString("<time datetime=\""))
                .body(not(containsString("id=\"stale-notice\"")));
        given().get("/qa/no-such-entry").then().statusCode(404);
    }

    @Test
    void oldAnswersCarryANoticeAndAreListedForReview() {
        TestStaff.Account staff = TestStaff.create("moderator", "counsellor");
        String title = "Gammelt svar " + UUID.randomUUID();
        String slug = TestQuestions.published(title, "Er dette fortsatt riktig?", "Det var riktig da.", "law", "nb",
                staff.token(), staff.token());
        Database.update("UPDATE question SET answered_at = now() - interval '400 days' WHERE slug = '" + slug + "'");

        given().get("/qa/" + slug).then().statusCode(200).body(containsString("id=\"stale-notice\""));
        given().auth().oauth2(staff.token()).get("/api/console/questions/review").then().statusCode(200)
                .body("slug", hasItem(slug));
    }

    @Test
    void askingWithoutJavaScriptGivesAReceiptThatShowsTheStatus() {
        given().get("/qa/ask").then().statusCode(200).body(containsString("<form id=\"ask\" method=\"post\" action=\"/qa/ask\""));
        given().formParam("title", "Hi").formParam("body", "kort").formParam("category", "").formParam("lang", "en")
                .post("/qa/ask").then().statusCode(400)
                .body(containsString("role=\"alert\""))
                .body(containsString("id=\"title-error\" class=\"field-error\">Write a heading"))
                .body(containsString("id=\"body-error\""))
                .body(containsString("id=\"category-error\""))
                .body(containsString(">kort</textarea>"));

        String title = "Skam etter mange år " + UUID.randomUUID();
        String page = given().formParam("title", title).formParam("body", "Jeg skammer meg over det jeg har gjort.")
                .formParam("category", "feelings").formParam("language", "nb").formParam("publishConsent", "true")
                .formParam("lang", "nb").post("/qa/ask").then().statusCode(201)
                .header("Cache-Control", containsString("no-store"))
                .extract().asString();
        Matcher receipt = RECEIPT.matcher(page);
        assertTrue(receipt.find(), page);

        given().formParam("receipt", receipt.group(1).toLowerCase()).formParam("lang", "nb").post("/qa/receipt").then()
                .statusCode(200)
                .body(containsString("data-status=\"received\""))
                .body(containsString(title))
                .body(containsString("<form id=\"withdraw\""));
        given().formParam("receipt", receipt.group(1)).formParam("lang", "nb").post("/qa/withdraw").then().statusCode(200)
                .body(containsString("data-status=\"withdrawn\""))
                .body(containsString("id=\"notice\""))
                .body(not(containsString("<form id=\"withdraw\"")));
        given().formParam("receipt", "0000-0000-0000-0000").post("/qa/receipt").then().statusCode(404)
                .body(containsString("role=\"alert\""));
    }

    @Test
    void atomFeedListsNewAnswers() {
        TestStaff.Account staff = TestStaff.create("moderator", "counsellor");
        String title = "Feed & <test> " + UUID.randomUUID();
        String slug = TestQuestions.published(title, "Kommer dette i feeden?", "Ja.", "health", "nb", staff.token(),
                staff.token());
        given().get("/qa/feed.atom").then().statusCode(200)
                .contentType(containsString("application/atom+xml"))
                .body(containsString("<feed xmlns=\"http://www.w3.org/2005/Atom\">"))
                .body(containsString("/qa/" + slug + "</id>"))
                .body(containsString("Feed &amp; &lt;test&gt;"));
    }
}
