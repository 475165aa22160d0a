package no.samtale.booking;

import static io.restassured.RestAssured.given;
import static no.samtale.testing.Problems.isProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import no.samtale.testing.TestClinics;
import no.samtale.testing.TestStaff;

@QuarkusTest
class ClinicAdminResourceTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private static RequestSpecification asAdmin() {
        return given().auth().oauth2(TestStaff.adminToken()).contentType(ContentType.JSON);
    }

    @Test
    void adminCreatesAndEditsAClinicThatVisitorsSee() {
        String id = asAdmin().body(Map.of("name", "Sentrum", "address", "Kirkegata 2", "directions", "2. etasje",
                "practicalInfo", "Ingen timebestilling nødvendig"))
                .post("/api/admin/clinics").then().statusCode(201)
                .body("name", equalTo("Sentrum")).extract().path("id");
        asAdmin().body(Map.of("name", "Sentrum helse", "address", "Kirkegata 4"))
                .put("/api/admin/clinics/" + id).then().statusCode(200)
                .body("name", equalTo("Sentrum helse")).body("directions", equalTo(""));

        given().get("/api/clinics").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.address", equalTo("Kirkegata 4"));
        asAdmin().queryParam("action", "clinic.update").get("/api/admin/audit").then()
                .body("subjectId", hasItem(id));
    }

    @Test
    void clinicDetailsAreValidated() {
        isProblem(asAdmin().body(Map.of("name", "", "address", "x".repeat(301))).post("/api/admin/clinics").then(), 400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("address", "name"));
        isProblem(asAdmin().body(Map.of("name", "N", "address", "A"))
                .put("/api/admin/clinics/00000000-0000-0000-0000-000000000000").then(), 404);
    }

    @Test
    void singleSlotsMustBeInTheFutureAndEndAfterTheyStart() {
        String clinic = TestClinics.clinic();
        OffsetDateTime start = OffsetDateTime.now().plusDays(1);
        isProblem(asAdmin().body(Map.of("startsAt", start.minusDays(2).toString(), "endsAt", start.minusDays(2).plusMinutes(20).toString(),
                "capacity", 2)).post("/api/admin/clinics/" + clinic + "/slots").then(), 400);
        isProblem(asAdmin().body(Map.of("startsAt", start.toString(), "endsAt", start.minusMinutes(1).toString(), "capacity", 2))
                .post("/api/admin/clinics/" + clinic + "/slots").then(), 400);
        isProblem(asAdmin().body(Map.of("startsAt", start.toString(), "endsAt", start.plusMinutes(20).toString(), "capacity", 0))
                .post("/api/admin/clinics/" + clinic + "/slots").then(), 400)
                .body("errors[0].field", equalTo("capacity"));
    }

    @Test
    void weeklyTemplateCreatesSlotsInOsloTime() {
        String clinic = TestClinics.clinic();
        LocalDate monday = LocalDate.now(OSLO).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        asAdmin().body(Map.of("from", monday.toString(), "to", monday.plusDays(6).toString(),
                "days", List.of("MONDAY", "WEDNESDAY"), "startTime", "16:00", "endTime", "17:00", "slotMinutes", 20,
                "capacity", 3))
                .post("/api/admin/clinics/" + clinic + "/slots/weekly").then().statusCode(201)
                .body("created", equalTo(6));

        List<String> starts = asAdmin().queryParam("from", monday.toString()).queryParam("to", monday.plusDays(6).toString())
                .get("/api/admin/clinics/" + clinic + "/slots").then().statusCode(200)
                .body("size()", equalTo(6))
                .body("capacity", everyItem(equalTo(3)))
                .extract().path("startsAt");
        List<String> localTimes = starts.stream()
                .map(s -> OffsetDateTime.parse(s).atZoneSameInstant(OSLO))
                .map(t -> t.getDayOfWeek() + " " + t.toLocalTime())
                .toList();
        org.junit.jupiter.api.Assertions.assertEquals(List.of("MONDAY 16:00", "MONDAY 16:20", "MONDAY 16:40",
                "WEDNESDAY 16:00", "WEDNESDAY 16:20", "WEDNESDAY 16:40"), localTimes);
    }

    @Test
    void weeklyTemplateIsValidated() {
        String clinic = TestClinics.clinic();
        LocalDate today = LocalDate.now(OSLO);
        isProblem(asAdmin().body(Map.of("from", today.plusDays(5).toString(), "to", today.toString(), "days", List.of("MONDAY"),
                "startTime", "16:00", "endTime", "17:00", "slotMinutes", 20, "capacity", 3))
                .post("/api/admin/clinics/" + clinic + "/slots/weekly").then(), 400);
        isProblem(asAdmin().body(Map.of("from", today.toString(), "to", today.plusDays(5).toString(), "days", List.of("FUNDAY"),
                "startTime", "16:00", "endTime", "17:00", "slotMinutes", 20, "capacity", 3))
                .post("/api/admin/clinics/" + clinic + "/slots/weekly").then(), 400)
                .body("detail", containsString("MONDAY"));
    }

    @Test
    void aSlotWithBookingsCannotBeDeletedButCanBeCancelledAndTheVisitorSeesIt() {
        String clinic = TestClinics.clinic();
        String empty = TestClinics.slot(clinic, 2);
        String taken = TestClinics.slot(clinic, 2);
        String code = TestClinics.book(taken);

        asAdmin().delete("/api/admin/slots/" + empty).then().statusCode(204);
        isProblem(asAdmin().delete("/api/admin/slots/" + taken).then(), 409).body("detail", containsString("cancel"));

        asAdmin().post("/api/admin/slots/" + taken + "/cancel").then().statusCode(200)
                .body("cancelled", equalTo(true)).body("booked", equalTo(0));
        given().contentType(ContentType.JSON).body(Map.of("code", code)).post("/api/bookings/lookup").then()
                .statusCode(200).body("status", equalTo("cancelled")).body("changeable", equalTo(false));
        given().get("/api/clinics/" + clinic + "/slots").then().body("id", not(hasItem(taken)));
        isProblem(given().contentType(ContentType.JSON).body(Map.of("slotId", taken)).post("/api/bookings").then(), 409);
        asAdmin().queryParam("action", "slot.cancel").get("/api/admin/audit").then()
                .body("find { it.subjectId == '" + taken + "' }.detail", equalTo("1 bookings cancelled"));
    }

    @Test
    void onlyAdminsManageClinicsAndSlots() {
        String clinic = TestClinics.clinic();
        String slot = TestClinics.slot(clinic, 1);
        String visitor = given().post("/api/visitor/tokens").path("token");
        for (String token : new String[] { TestStaff.create("clinic").token(), TestStaff.create("counsellor").token(), visitor }) {
            isProblem(given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("name", "X", "address", "Y"))
                    .post("/api/admin/clinics").then(), 403);
            isProblem(given().auth().oauth2(token).delete("/api/admin/slots/" + slot).then(), 403);
            isProblem(given().auth().oauth2(token).post("/api/admin/slots/" + slot + "/cancel").then(), 403);
        }
        isProblem(given().get("/api/admin/clinics").then(), 401);
    }
}
