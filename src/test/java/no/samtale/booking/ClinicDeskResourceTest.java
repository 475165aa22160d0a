package no.samtale.booking;

import static io.restassured.RestAssured.given;
import static no.samtale.testing.Problems.isProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import no.samtale.testing.Database;
import no.samtale.testing.TestClinics;
import no.samtale.testing.TestStaff;

@QuarkusTest
class ClinicDeskResourceTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    /** A booking whose slot has since come to be now: the visitor is at the desk. */
    private record Arrival(String clinic, String slot, String code) {
    }

    private static Arrival arrival() {
        String clinic = TestClinics.clinic();
        String slot = TestClinics.slot(clinic, 2);
        String code = TestClinics.book(slot);
        Database.update("UPDATE slot SET starts_at = now(), ends_at = now() + interval '20 minutes' WHERE id = '" + slot + "'");
        return new Arrival(clinic, slot, code);
    }

    private static RequestSpecification asDesk(TestStaff.Account desk) {
        return given().auth().oauth2(desk.token()).contentType(ContentType.JSON);
    }

    @Test
    void deskSeesTheDaysBookingsByTimeAndReferenceButNeverTheCode() {
        TestStaff.Account desk = TestStaff.create("clinic");
        Arrival arrival = arrival();
        String list = asDesk(desk).queryParam("clinicId", arrival.clinic()).queryParam("date", LocalDate.now(OSLO).toString())
                .get("/api/console/clinic/bookings").then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].slotId", equalTo(arrival.slot()))
                .body("[0].reference", matchesPattern("[0-9A-F]{8}"))
                .body("[0].status", equalTo("booked"))
                .extract().asString();
        assertFalse(list.contains(arrival.code()) || list.contains(arrival.code().replace("-", "")), list);
        asDesk(desk).get("/api/console/clinic/clinics").then().statusCode(200).body("id", hasItem(arrival.clinic()));
    }

    @Test
    void checkInByCodeMarksAttendedAndIsAudited() {
        TestStaff.Account desk = TestStaff.create("clinic");
        Arrival arrival = arrival();
        String id = asDesk(desk).body(Map.of("code", arrival.code().toLowerCase())).post("/api/console/clinic/check-in")
                .then().statusCode(200)
                .body("status", equalTo("attended"))
                .body("checkedInAt", notNullValue())
                .extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("code", arrival.code())).post("/api/bookings/lookup").then()
                .body("status", equalTo("attended"));
        given().auth().oauth2(TestStaff.adminToken()).queryParam("action", "booking.check-in").get("/api/admin/audit").then()
                .body("find { it.subjectId == '" + id + "' }.staffUsername", equalTo(desk.username()));
    }

    @Test
    void checkInRefusesUnknownCancelledAndOtherDaysBookings() {
        TestStaff.Account desk = TestStaff.create("clinic");
        isProblem(asDesk(desk).body(Map.of("code", "0000-0000-0000-0000")).post("/api/console/clinic/check-in").then(), 404);

        String later = TestClinics.book(TestClinics.slot(TestClinics.clinic(), 1));
        isProblem(asDesk(desk).body(Map.of("code", later)).post("/api/console/clinic/check-in").then(), 409);

        Arrival arrival = arrival();
        Database.update("UPDATE booking SET status = 'cancelled' WHERE slot_id = '" + arrival.slot() + "'");
        isProblem(asDesk(desk).body(Map.of("code", arrival.code())).post("/api/console/clinic/check-in").then(), 409);
    }

    @Test
    void deskRecordsNoShowAndTheResultStatusTheVisitorThenSees() {
        TestStaff.Account desk = TestStaff.create("clinic");
        Arrival arrival = arrival();
        String id = asDesk(desk).queryParam("clinicId", arrival.clinic()).get("/api/console/clinic/bookings")
                .then().extract().path("[0].id");

        asDesk(desk).body(Map.of("status", "no-show")).post("/api/console/clinic/bookings/" + id + "/attendance")
                .then().statusCode(200).body("status", equalTo("no-show"));
        isProblem(asDesk(desk).body(Map.of("status", "cancelled")).post("/api/console/clinic/bookings/" + id + "/attendance")
                .then(), 400);
        asDesk(desk).body(Map.of("resultStatus", "contact-clinic")).post("/api/console/clinic/bookings/" + id + "/result")
                .then().statusCode(200).body("resultStatus", equalTo("contact-clinic"));
        isProblem(asDesk(desk).body(Map.of("resultStatus", "positive")).post("/api/console/clinic/bookings/" + id + "/result")
                .then(), 400);

        given().contentType(ContentType.JSON).body(Map.of("code", arrival.code())).post("/api/bookings/lookup").then()
                .body("status", equalTo("no-show")).body("resultStatus", equalTo("contact-clinic"));
        given().auth().oauth2(TestStaff.adminToken()).queryParam("action", "booking.result").get("/api/admin/audit").then()
                .body("find { it.subjectId == '" + id + "' }.detail", equalTo("contact-clinic"));
    }

    @Test
    void onlyClinicStaffAndAdminsUseTheDesk() {
        Arrival arrival = arrival();
        String visitor = given().post("/api/visitor/tokens").path("token");
        for (String token : new String[] { TestStaff.create("counsellor").token(), TestStaff.create("moderator").token(), visitor }) {
            isProblem(given().auth().oauth2(token).queryParam("clinicId", arrival.clinic())
                    .get("/api/console/clinic/bookings").then(), 403);
            isProblem(given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("code", arrival.code()))
                    .post("/api/console/clinic/check-in").then(), 403);
        }
        isProblem(given().queryParam("clinicId", arrival.clinic()).get("/api/console/clinic/bookings").then(), 401);
        given().auth().oauth2(TestStaff.adminToken()).queryParam("clinicId", arrival.clinic())
                .get("/api/console/clinic/bookings").then().statusCode(200);
        isProblem(given().auth().oauth2(TestStaff.adminToken()).get("/api/console/clinic/bookings").then(), 400);
    }
}
