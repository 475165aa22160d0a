package no.samtale.testing;

import static io.restassured.RestAssured.given;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;

/** Clinics and slots made through the admin API, and bookings made through the visitor API. */
public final class TestClinics {

    private TestClinics() {
    }

    public static String clinic() {
        String name = "Klinikk " + UUID.randomUUID().toString().substring(0, 6);
        return given().auth().oauth2(TestStaff.adminToken()).contentType(ContentType.JSON)
                .body(Map.of("name", name, "address", "Storgata 1, 0155 Oslo", "directions", "Inngang fra bakgården",
                        "practicalInfo", "Ta med koden din."))
                .post("/api/admin/clinics").then().statusCode(201).extract().path("id");
    }

    /** A slot starting the given time from now, lasting 20 minutes. */
    public static String slot(String clinicId, java.time.Duration fromNow, int capacity) {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plus(fromNow).truncatedTo(ChronoUnit.SECONDS);
        return given().auth().oauth2(TestStaff.adminToken()).contentType(ContentType.JSON)
                .body(Map.of("startsAt", start.toString(), "endsAt", start.plusMinutes(20).toString(), "capacity", capacity))
                .post("/api/admin/clinics/" + clinicId + "/slots").then().statusCode(201).extract().path("id");
    }

    public static String slot(String clinicId, int capacity) {
        return slot(clinicId, java.time.Duration.ofDays(2), capacity);
    }

    /** Books a seat and answers the code. */
    public static String book(String slotId) {
        return given().contentType(ContentType.JSON).body(Map.of("slotId", slotId))
                .post("/api/bookings").then().statusCode(201).extract().path("code");
    }
}
