package no.samtale.common;

import static io.restassured.RestAssured.given;
import static no.samtale.testing.Problems.isProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import no.samtale.testing.TestStaff;

/** A client's mistake is a 4xx with a problem body that names what is wrong, never a 500. */
@QuarkusTest
class ProblemResponsesTest {

    @Test
    void malformedJsonIs400() {
        isProblem(given().contentType(ContentType.JSON).body("{\"username\": \"a\", ")
                .post("/api/staff/login").then(), 400)
                .body("detail", containsString("not valid JSON"));
    }

    @Test
    void wrongJsonTypeIs400WithTheFieldNamed() {
        isProblem(given().contentType(ContentType.JSON).body("{\"username\": {\"nested\": 1}, \"password\": \"p\"}")
                .post("/api/staff/login").then(), 400)
                .body("errors.field", contains("username"));
        isProblem(given().contentType(ContentType.JSON).body("[1, 2, 3]")
                .post("/api/staff/login").then(), 400);
    }

    @Test
    void missingBodyIs400() {
        isProblem(given().contentType(ContentType.JSON).post("/api/staff/login").then(), 400);
    }

    @Test
    void unknownEnumValueIs400WithTheAllowedValues() {
        isProblem(given().auth().oauth2(TestStaff.adminToken()).contentType(ContentType.JSON)
                .body(Map.of("roles", List.of("counsellor", "king")))
                .put("/api/admin/staff/00000000-0000-0000-0000-000000000000/roles").then(), 400)
                .body("detail", containsString("counsellor, moderator, clinic, admin"))
                .body("errors[0].field", containsString("roles"));
    }

    @Test
    void overLongFieldIs400WithTheFieldNamed() {
        isProblem(given().contentType(ContentType.JSON)
                .body(Map.of("username", "u", "password", "p".repeat(500)))
                .post("/api/staff/login").then(), 400)
                .body("errors.field", contains("password"));
    }

    @Test
    void wrongContentTypeIs415() {
        isProblem(given().contentType(ContentType.TEXT).body("username=a")
                .post("/api/staff/login").then(), 415);
    }

    @Test
    void unknownApiPathIs404() {
        isProblem(given().get("/api/no-such-thing").then(), 404);
        isProblem(given().accept(ContentType.JSON).get("/api/visitor/tokens/extra").then(), 404);
    }

    @Test
    void wrongMethodIs405() {
        isProblem(given().get("/api/visitor/tokens").then(), 405);
    }

    @Test
    void oversizedBodyIs413() {
        isProblem(given().contentType(ContentType.JSON).body("{\"username\": \"" + "a".repeat(300_000) + "\"}")
                .post("/api/staff/login").then(), 413);
    }

    @Test
    void malformedQueryParameterIs400WithTheParameterNamed() {
        isProblem(given().queryParam("from", "yesterday").get("/api/clinics/00000000-0000-0000-0000-000000000000/slots")
                .then(), 400).body("detail", containsString("from"));
    }

    @Test
    void problemBodiesNeverCarryStackTraces() {
        given().contentType(ContentType.JSON).body("{\"username\": ").post("/api/staff/login")
                .then().body(not(containsString("Exception")))
                .body(not(containsString("at no.samtale")));
    }
}
