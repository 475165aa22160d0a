package no.samtale.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HomePageTest {

    @Test
    void homePageIsNorwegianByDefault() {
        given().get("/").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<html lang=\"nb\">"))
                .body(containsString("<h1>Snakk med noen – anonymt</h1>"))
                .body(containsString("href=\"/chat?lang=nb\""))
                .body(containsString("href=\"/qa?lang=nb\""))
                .body(containsString("href=\"/booking?lang=nb\""));
    }

    @Test
    void homePageInSwedishAndEnglish() {
        given().queryParam("lang", "sv").get("/").then().statusCode(200)
                .body(containsString("<html lang=\"sv\">"))
                .body(containsString("<h1>Prata med någon – anonymt</h1>"))
                .body(containsString("Lämna sidan snabbt"));
        given().queryParam("lang", "en").get("/").then().statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("<h1>Talk to someone – anonymously</h1>"))
                .body(containsString("Leave this site quickly"));
    }

    @Test
    void browserLanguageIsHonouredWhenNoneIsChosen() {
        given().header("Accept-Language", "sv-SE,sv;q=0.9,en;q=0.5").get("/").then()
                .body(containsString("<html lang=\"sv\">"));
        given().header("Accept-Language", "nn-NO").get("/").then().body(containsString("<html lang=\"nb\">"));
        given().header("Accept-Language", "de-DE,fr").get("/").then().body(containsString("<html lang=\"nb\">"));
        given().header("Accept-Language", ";;;garbage===").get("/").then().statusCode(200)
                .body(containsString("<html lang=\"nb\">"));
        given().header("Accept-Language", "sv").queryParam("lang", "en").get("/").then()
                .body(containsString("<html lang=\"en\">"));
    }

    @Test
    void unknownLanguageFallsBackToBokmal() {
        given().queryParam("lang", "xx").get("/").then().statusCode(200).body(containsString("<html lang=\"nb\">"));
    }

    @Test
    void languageSwitchLinksToTheSamePage() {
        given().queryParam("lang", "en").get("/").then()
                .body(containsString("<a href=\"/?lang=nb\" hreflang=\"nb\" lang=\"nb\">Norsk</a>"))
                .body(containsString("<a href=\"/?lang=sv\" hreflang=\"sv\" lang=\"sv\">Svenska</a>"))
                .body(containsString("<a href=\"/?lang=en\" hreflang=\"en\" lang=\"en\" aria-current=\"true\">English</a>"));
    }

    @Test
    void quickExitIsAPlainLinkToTheNeutralSite() {
        given().get("/").then()
                .body(containsString("id=\"quick-exit\" class=\"quick-exit\" href=\"https://exit.example/\""))
                .body(containsString("<script src=\"/js/quick-exit.js\" defer></script>"));
        given().get("/js/quick-exit.js").then().statusCode(200)
                .body(containsString("location.replace"))
                .body(containsString("Escape"));
    }

    @Test
    void pagesSetNoCookies() {
        given().get("/").then().header("Set-Cookie", nullValue());
        given().get("/css/site.css").then().statusCode(200).header("Set-Cookie", nullValue());
        given().get("/console/").then().header("Set-Cookie", nullValue());
    }
}
