package no.samtale.testing;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.restassured.http.ContentType;

/** Questions asked through the visitor API and moved along through the console API. */
public final class TestQuestions {

    private TestQuestions() {
    }

    public record Asked(String receipt, String id) {
    }

    public static String ask(String title, String body, String category, String language, boolean consent) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("title", title, "body", body, "category", category, "language", language, "publishConsent", consent))
                .post("/api/questions").then().statusCode(201).extract().path("receipt");
    }

    /** Finds the id of a received question by its title, the way a moderator finds it in the queue. */
    public static String idOf(String title, String moderatorToken, String status) {
        return given().auth().oauth2(moderatorToken).queryParam("status", status).get("/api/console/questions")
                .then().statusCode(200).extract().path("find { it.title == '" + title + "' }.id");
    }

    /** Asks, accepts, answers and publishes: a question in the public archive. Returns its slug. */
    public static String published(String title, String body, String answer, String category, String language,
            String moderatorToken, String counsellorToken) {
        ask(title, body, category, language, true);
        String id = idOf(title, moderatorToken, "received");
        given().auth().oauth2(moderatorToken).post("/api/console/questions/" + id + "/accept").then().statusCode(200);
        given().auth().oauth2(counsellorToken).contentType(ContentType.JSON).body(Map.of("body", answer))
                .post("/api/console/questions/" + id + "/answer").then().statusCode(200);
        return given().auth().oauth2(moderatorToken).post("/api/console/questions/" + id + "/publish").then().statusCode(200)
                .extract().path("slug");
    }
}
