package no.samtale.qa;

import static io.restassured.RestAssured.given;
import static no.samtale.testing.Problems.isProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import no.samtale.testing.TestQuestions;
import no.samtale.testing.TestStaff;

@QuarkusTest
class ArchiveResourceTest {

    private static final String MARKER = "zq" + UUID.randomUUID().toString().substring(0, 6).replace("-", "");
    private static String norwegian;
    private static String swedish;

    /** Once per class, but after Quarkus has pointed REST Assured at the test instance. */
    @BeforeEach
    void publishSomeAnswers() {
        if (norwegian != null) {
            return;
        }
        TestStaff.Account moderator = TestStaff.create("moderator", "counsellor");
        norwegian = TestQuestions.published("Skyldfølelse etter sexkjøp " + MARKER,
                "Jeg føler skam og skyldfølelse hver gang <script>alert(1)</script>. Hva gjør jeg?",
                "Mange kjenner på **skam**. Det hjelper å snakke med noen.", "feelings", "nb", moderator.token(),
                moderator.token());
        swedish = TestQuestions.published("Könssjukdomar och testning " + MARKER,
                "Hur ofta borde jag testa mig för könssjukdomar?",
                "Testa dig efter varje ny kontakt utan kondom.", "health", "sv", moderator.token(), moderator.token());
    }

    @Test
    void publishedEntriesAreListedNewestFirstByCategory() {
        given().queryParam("category", "feelings").queryParam("size", 50).get("/api/qa").then().statusCode(200)
                .body("items.slug", hasItem(norwegian))
                .body("items.slug", not(hasItem(swedish)));
        given().queryParam("size", 1).get("/api/qa").then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("hasMore", equalTo(true));
    }

    @Test
    void searchIsRankedStemmedAndHighlighted() {
        // "skyldfølelsen" stems to the same word as "skyldfølelse" in Norwegian.
        given().queryParam("q", "skyldfølelsen " + MARKER).get("/api/qa").then().statusCode(200)
                .body("items[0].slug", equalTo(norwegian))
                .body("items[0].snippetHtml", containsString("<mark>"));
        given().queryParam("q", "könssjukdom " + MARKER).queryParam("lang", "sv").get("/api/qa").then().statusCode(200)
                .body("items.slug", hasItem(swedish));
    }

    @Test
    void partialAndMisspeltWordsStillFindAnswers() {
        given().queryParam("q", MARKER.substring(0, 5)).get("/api/qa").then().statusCode(200)
                .body("items.slug", hasItem(norwegian));
        // A typo in the title word: no full-text hit, so titles that look alike are offered.
        given().queryParam("q", "Skyldfølese etter sexkjøp " + MARKER).get("/api/qa").then().statusCode(200)
                .body("items.slug", hasItem(norwegian));
    }

    @Test
    void snippetsCarryHighlightsButNoMarkupFromTheQuestion() {
        given().queryParam("q", "skyldfølelse " + MARKER).get("/api/qa").then().statusCode(200)
                .body("items[0].snippetHtml", not(containsString("<script")))
                .body("items[0].snippetHtml", containsString("<mark>"));
    }

    @Test
    void publishingAndUnpublishingShowAtOnceDespiteCachedResults() {
        TestStaff.Account staff = TestStaff.create("moderator", "counsellor");
        String fresh = "fx" + UUID.randomUUID().toString().substring(0, 6);
        // Letters only, so that it joins the archive's word list that misspelt searches are matched against.
        String word = "fyx" + UUID.randomUUID().toString().replaceAll("[^a-f]", "") + "wq";
        String misspelt = word.substring(0, word.length() - 2) + "qw";
        given().queryParam("q", fresh).get("/api/qa").then().statusCode(200).body("items.size()", equalTo(0));
        given().queryParam("size", 1).get("/api/qa").then().statusCode(200);

        String slug = TestQuestions.published("Ferskt svar " + fresh, "Vises dette med en gang? " + word, "Ja.", "health", "nb",
                staff.token(), staff.token());
        given().queryParam("q", fresh).get("/api/qa").then().body("items.slug", hasItem(slug));
        given().queryParam("q", misspelt).get("/api/qa").then().body("items.slug", hasItem(slug)).body("approximate", equalTo(true));
        given().queryParam("size", 1).get("/api/qa").then().body("items[0].slug", equalTo(slug));

        String id = TestQuestions.idOf("Ferskt svar " + fresh, staff.token(), "published");
        given().auth().oauth2(staff.token()).post("/api/console/questions/" + id + "/unpublish").then().statusCode(200);
        given().queryParam("q", fresh).get("/api/qa").then().body("items.size()", equalTo(0));
        given().queryParam("q", misspelt).get("/api/qa").then().body("items.size()", equalTo(0));
    }

    @Test
    void theLongestEntryIsPublishedAndFound() {
        TestStaff.Account staff = TestStaff.create("moderator", "counsellor");
        String marker = "lx" + UUID.randomUUID().toString().substring(0, 6);
        java.util.Random random = new java.util.Random(7);
        // Thousands of different words make a search vector of many kilobytes, more than an index entry can hold.
        StringBuilder body = new StringBuilder(marker);
        while (body.length() < QuestionRequests.BODY_MAX - 20) {
            body.append(' ').append(randomWord(random));
        }
        StringBuilder answer = new StringBuilder();
        while (answer.length() < 19_900) {
            answer.append(randomWord(random)).append(' ');
        }
        String slug = TestQuestions.published("Et langt spørsmål " + marker, body.toString(), answer.toString(), "health",
                "nb", staff.token(), staff.token());
        given().queryParam("q", marker).get("/api/qa").then().statusCode(200).body("items.slug", hasItem(slug));
    }

    private static String randomWord(java.util.Random random) {
        return random.ints(3 + random.nextInt(8), 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    @Test
    void categoriesInEachLanguage() {
        given().queryParam("lang", "sv").get("/api/qa/categories").then().statusCode(200)
                .body("find { it.slug == 'stopping' }.name", equalTo("Sluta köpa sex"));
        given().get("/api/qa/categories").then().statusCode(200)
                .body("find { it.slug == 'relatives' }.name", equalTo("For pårørende"));
    }

    @Test
    void badArchiveQueriesAre400() {
        isProblem(given().queryParam("size", 500).get("/api/qa").then(), 400);
        isProblem(given().queryParam("lang", "de").get("/api/qa").then(), 400);
        isProblem(given().get("/api/qa/no-such-entry").then(), 404);
    }
}
