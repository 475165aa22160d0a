package no.samtale.booking;

import static io.restassured.RestAssured.given;
import static no.samtale.testing.Problems.isProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import no.samtale.testing.Database;
import no.samtale.testing.TestClinics;

@QuarkusTest
class BookingResourceTest {

    @Test
    void visitorBooksASlotAndGetsACodeInsteadOfAName() {
        String clinic = TestClinics.clinic();
        String slot = TestClinics.slot(clinic, 3);

        given().contentType(ContentType.JSON).body(Map.of("slotId", slot)).post("/api/bookings")
                .then().statusCode(201)
                .header("Set-Cookie", nullValue())
                .header("Cache-Control", containsString("no-store"))
                .body("code", matchesPattern("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}"))
                .body("slot.id", equalTo(slot))
                .body("slot.remaining", equalTo(2))
                .body("clinic.id", equalTo(clinic))
                .body("clinic.address", equalTo("Storgata 1, 0155 Oslo"));
        slotsOf(clinic).body("find { it.id == '" + slot + "' }.remaining", equalTo(2));
    }

    @Test
    void theCodeIsStoredOnlyAsAHash() {
        String code = TestClinics.book(TestClinics.slot(TestClinics.clinic(), 1));
        String stored = Database.everything();
        assertFalse(stored.contains(code), "the code is stored in the clear");
        assertFalse(stored.contains(code.replace("-", "")), "the code is stored in the clear");
        assertFalse(stored.toLowerCase().contains(code.replace("-", "").toLowerCase()), "the code is stored in the clear");
    }

    @Test
    void lookupAcceptsTheCodeInAnyCaseWithOrWithoutDashes() {
        String slot = TestClinics.slot(TestClinics.clinic(), 2);
        String code = TestClinics.book(slot);
        for (String typed : new String[] { code, code.toLowerCase(), code.replace("-", ""), " " + code.replace("-", " ") + " " }) {
            lookup(typed).statusCode(200)
                    .body("status", equalTo("booked"))
                    .body("resultStatus", equalTo("pending"))
                    .body("slot.id", equalTo(slot))
                    .body("changeable", equalTo(true));
        }
    }

    @Test
    void unknownAndMalformedCodes() {
        isProblem(lookup("0000-0000-0000-0000"), 404);
        isProblem(lookup("not a code"), 400);
        isProblem(given().contentType(ContentType.JSON).body(Map.of()).post("/api/bookings/lookup").then(), 400)
                .body("errors[0].field", equalTo("code"));
        isProblem(given().contentType(ContentType.JSON).body(Map.of("code", "x".repeat(65))).post("/api/bookings/lookup").then(), 400);
    }

    @Test
    void cancellingGivesTheSeatBack() {
        String clinic = TestClinics.clinic();
        String slot = TestClinics.slot(clinic, 1);
        String code = TestClinics.book(slot);
        isProblem(book(slot), 409).body("detail", containsString("fully booked"));

        given().contentType(ContentType.JSON).body(Map.of("code", code)).post("/api/bookings/cancel").then().statusCode(204);
        lookup(code).statusCode(200).body("status", equalTo("cancelled")).body("changeable", equalTo(false));
        isProblem(given().contentType(ContentType.JSON).body(Map.of("code", code)).post("/api/bookings/cancel").then(), 409);
        book(slot).statusCode(201);
    }

    @Test
    void movingTakesTheNewSeatAndGivesTheOldOneBack() {
        String clinic = TestClinics.clinic();
        String first = TestClinics.slot(clinic, Duration.ofDays(2), 1);
        String second = TestClinics.slot(clinic, Duration.ofDays(3), 1);
        String code = TestClinics.book(first);

        reschedule(code, second).statusCode(200)
                .body("slot.id", equalTo(second))
                .body("status", equalTo("booked"));
        lookup(code).body("slot.id", equalTo(second)).body("slot.remaining", equalTo(0));
        // The first slot is free again, the second one full.
        book(first).statusCode(201);
        isProblem(book(second), 409);
        assertEquals(1, Database.count("SELECT booked FROM slot WHERE id = '" + first + "'"));
        assertEquals(1, Database.count("SELECT booked FROM slot WHERE id = '" + second + "'"));
    }

    @Test
    void movingToAFullSlotChangesNothing() {
        String clinic = TestClinics.clinic();
        String mine = TestClinics.slot(clinic, Duration.ofDays(2), 2);
        String full = TestClinics.slot(clinic, Duration.ofDays(3), 1);
        TestClinics.book(full);
        String code = TestClinics.book(mine);

        isProblem(reschedule(code, full), 409);
        lookup(code).body("slot.id", equalTo(mine)).body("status", equalTo("booked"));
        assertEquals(1, Database.count("SELECT booked FROM slot WHERE id = '" + mine + "'"));
        assertEquals(1, Database.count("SELECT booked FROM slot WHERE id = '" + full + "'"));
    }

    @Test
    void onlyFutureSlotsInsideTheHorizonAndBeforeTheCutOffCanBeBooked() {
        String clinic = TestClinics.clinic();
        // The test profile's cut-off is 5 minutes; the horizon 4 weeks.
        isProblem(book(TestClinics.slot(clinic, Duration.ofMinutes(3), 5)), 409).body("detail", containsString("no longer"));
        isProblem(book(TestClinics.slot(clinic, Duration.ofDays(29), 5)), 409);
        book(TestClinics.slot(clinic, Duration.ofMinutes(10), 5)).statusCode(201);
        book(TestClinics.slot(clinic, Duration.ofDays(27), 5)).statusCode(201);
        isProblem(book("00000000-0000-0000-0000-000000000000"), 404);
        isProblem(given().contentType(ContentType.JSON).body(Map.of("slotId", "not-a-uuid")).post("/api/bookings").then(), 400)
                .body("errors[0].field", equalTo("slotId"));
    }

    @Test
    void afterTheCutOffABookingCanNeitherBeCancelledNorMoved() {
        String clinic = TestClinics.clinic();
        String slot = TestClinics.slot(clinic, 2);
        String other = TestClinics.slot(clinic, Duration.ofDays(3), 2);
        String code = TestClinics.book(slot);
        // Time passes: the slot now starts in two minutes.
        Database.update("UPDATE slot SET starts_at = now() + interval '2 minutes', ends_at = now() + interval '22 minutes'"
                + " WHERE id = '" + slot + "'");

        lookup(code).body("changeable", equalTo(false));
        isProblem(given().contentType(ContentType.JSON).body(Map.of("code", code)).post("/api/bookings/cancel").then(), 409);
        isProblem(reschedule(code, other), 409);
        lookup(code).body("status", equalTo("booked")).body("slot.id", equalTo(slot));
    }

    @Test
    void capacityHoldsWhen200VisitorsRaceForTenSeats() throws Exception {
        String slot = TestClinics.slot(TestClinics.clinic(), 10);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Callable<Integer>> racers = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                racers.add(() -> given().contentType(ContentType.JSON).body(Map.of("slotId", slot))
                        .post("/api/bookings").statusCode());
            }
            int won = 0;
            int full = 0;
            for (Future<Integer> answer : pool.invokeAll(racers)) {
                int status = answer.get();
                if (status == 201) {
                    won++;
                } else if (status == 409) {
                    full++;
                }
            }
            assertEquals(10, won);
            assertEquals(190, full);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(10, Database.count("SELECT booked FROM slot WHERE id = '" + slot + "'"));
        assertEquals(10, Database.count("SELECT count(*) FROM booking WHERE slot_id = '" + slot + "'"));
    }

    @Test
    void theCalendarEntryIsNeutral() {
        String code = TestClinics.book(TestClinics.slot(TestClinics.clinic(), 1));
        String ics = given().contentType(ContentType.JSON).body(Map.of("code", code)).post("/api/bookings/calendar")
                .then().statusCode(200)
                .contentType(containsString("text/calendar"))
                .header("Content-Disposition", containsString("attachment"))
                .body(containsString("BEGIN:VEVENT"))
                .body(containsString("DTSTART:"))
                .body(containsString("SUMMARY:Avtale"))
                .body(containsString("LOCATION:Storgata 1\\, 0155 Oslo"))
                .extract().asString();
        assertFalse(ics.toLowerCase().matches("(?s).*(test|samtale|klinikk|sex|sti\\b|hiv|klamydia).*"), ics);
        assertFalse(ics.contains(code), ics);
    }

    @Test
    void publicSlotListShowsOnlyBookableSlotsWithSeatsLeft() {
        String clinic = TestClinics.clinic();
        String open = TestClinics.slot(clinic, Duration.ofDays(2), 2);
        String full = TestClinics.slot(clinic, Duration.ofDays(2).plusHours(1), 1);
        String soon = TestClinics.slot(clinic, Duration.ofMinutes(3), 1);
        TestClinics.book(full);

        slotsOf(clinic).body("id", org.hamcrest.Matchers.hasItem(open))
                .body("id", not(org.hamcrest.Matchers.hasItem(full)))
                .body("id", not(org.hamcrest.Matchers.hasItem(soon)));
        isProblem(given().get("/api/clinics/00000000-0000-0000-0000-000000000000/slots").then(), 404);
    }

    private static ValidatableResponse slotsOf(String clinic) {
        return given().get("/api/clinics/" + clinic + "/slots").then().statusCode(200);
    }

    private static ValidatableResponse book(String slot) {
        return given().contentType(ContentType.JSON).body(Map.of("slotId", slot)).post("/api/bookings").then();
    }

    private static ValidatableResponse lookup(String code) {
        return given().contentType(ContentType.JSON).body(Map.of("code", code)).post("/api/bookings/lookup").then();
    }

    private static ValidatableResponse reschedule(String code, String slot) {
        return given().contentType(ContentType.JSON).body(Map.of("code", code, "slotId", slot))
                .post("/api/bookings/reschedule").then();
    }
}
