package no.samtale.booking;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import no.samtale.testing.TestClinics;

/** The booking pages as a browser without JavaScript uses them: links and form posts. */
@QuarkusTest
class BookingPagesTest {

    private static final Pattern CODE = Pattern.compile("id=\"booking-code\" class=\"code\">([0-9A-Z-]{19})<");

    @Test
    void visitorChoosesAClinicAndATimeAndGetsACode() {
        String clinic = TestClinics.clinic();
        String slot = TestClinics.slot(clinic, 2);

        given().get("/booking").then().statusCode(200)
                .body(containsString("class=\"clinic-choice\" href=\"/booking?clinic=" + clinic + "&amp;lang=nb\""));
        given().queryParam("clinic", clinic).queryParam("lang", "sv").get("/booking").then().statusCode(200)
                .body(containsString("<html lang=\"sv\">"))
                .body(containsString("<form id=\"book\" method=\"post\" action=\"/booking\">"))
                .body(containsString("value=\"" + slot + "\""))
                .body(containsString("(2 lediga)"));

        String page = given().formParam("clinicId", clinic).formParam("slotId", slot).formParam("lang", "nb")
                .post("/booking").then().statusCode(200)
                .header("Cache-Control", containsString("no-store"))
                .body(containsString("Timen er bestilt"))
                .body(containsString("id=\"what-to-bring\""))
                .body(containsString("<form id=\"ics\" method=\"post\" action=\"/booking/calendar\">"))
                .extract().asString();
        Matcher code = CODE.matcher(page);
        assertTrue(code.find(), page);

        lookup(code.group(1).toLowerCase(), "en").statusCode(200)
                .body(containsString("data-status=\"booked\">Booked<"))
                .body(containsString("data-result=\"pending\">Your result is not ready yet.<"));
    }

    @Test
    void noTimeChosenOrAFullTimeShowTheFormAgainWithAnAlert() {
        String clinic = TestClinics.clinic();
        String slot = TestClinics.slot(clinic, 1);
        given().formParam("clinicId", clinic).formParam("lang", "nb").post("/booking").then().statusCode(400)
                .body(containsString("role=\"alert\">Velg et tidspunkt først.<"));
        TestClinics.book(slot);
        given().formParam("clinicId", clinic).formParam("slotId", slot).formParam("lang", "en").post("/booking").then()
                .statusCode(409)
                .body(containsString("role=\"alert\">That time has just been filled. Choose another.<"));
    }

    @Test
    void visitorMovesAndCancelsWithTheCode() {
        String clinic = TestClinics.clinic();
        String first = TestClinics.slot(clinic, Duration.ofDays(2), 2);
        String second = TestClinics.slot(clinic, Duration.ofDays(3), 2);
        String code = TestClinics.book(first);

        lookup(code, "nb").body(containsString("<form id=\"move\""))
                .body(containsString("value=\"" + second + "\""))
                .body(containsString("<form id=\"cancel\""));
        given().formParam("code", code).formParam("slotId", second).formParam("lang", "nb").post("/booking/move").then()
                .statusCode(200).body(containsString("id=\"notice\" class=\"notice\" role=\"status\">Timen er flyttet.<"));
        given().formParam("code", code).formParam("lang", "nb").post("/booking/cancel").then()
                .statusCode(200)
                .body(containsString("Timen er avbestilt."))
                .body(containsString("data-status=\"cancelled\""))
                .body(not(containsString("<form id=\"cancel\"")));
        given().formParam("code", code).formParam("lang", "nb").post("/booking/cancel").then().statusCode(409)
                .body(containsString("role=\"alert\""));
    }

    @Test
    void unknownAndMalformedCodesAreExplained() {
        lookup("0000-0000-0000-0000", "nb").statusCode(404).body(containsString("Vi fant ingen time med den koden"));
        lookup("hello", "sv").statusCode(400).body(containsString("Det ser inte ut som en kod"));
        given().formParam("lang", "nb").post("/booking/lookup").then().statusCode(400);
    }

    @Test
    void calendarDownloadWorksFromTheForm() {
        String code = TestClinics.book(TestClinics.slot(TestClinics.clinic(), 1));
        given().formParam("code", code).post("/booking/calendar").then().statusCode(200)
                .contentType(containsString("text/calendar"))
                .body(containsString("SUMMARY:Avtale"));
    }

    @Test
    void bookingPagesAreThereInEveryLanguage() {
        given().queryParam("lang", "en").get("/booking/lookup").then().statusCode(200)
                .body(containsString("<h1>Find your booking</h1>"));
        given().queryParam("lang", "sv").get("/booking").then().statusCode(200)
                .body(containsString("<h1>Boka anonym testning</h1>"));
        given().get("/booking").then().statusCode(200).body(containsString("<h1>Bestill anonym test</h1>"))
                .header("Set-Cookie", org.hamcrest.Matchers.nullValue());
    }

    private static ValidatableResponse lookup(String code, String lang) {
        return given().formParam("code", code).formParam("lang", lang).post("/booking/lookup").then();
    }
}
