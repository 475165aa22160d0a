package no.samtale.identity;

import static io.restassured.RestAssured.given;
import static no.samtale.testing.Problems.isProblem;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import no.samtale.testing.TestStaff;

@QuarkusTest
class StaffAdminResourceTest {

    private static RequestSpecification asAdmin() {
        return given().auth().oauth2(TestStaff.adminToken()).contentType(ContentType.JSON);
    }

    @Test
    void adminCreatesAndListsStaff() {
        String username = "new-" + UUID.randomUUID().toString().substring(0, 8);
        String id = asAdmin()
                .body(Map.of("username", username, "displayName", "Ny Rådgiver", "password", "a-long-enough-password",
                        "roles", List.of("counsellor", "moderator")))
                .post("/api/admin/staff")
                .then().statusCode(201)
                .body("username", equalTo(username))
                .body("roles", contains("counsellor", "moderator"))
                .body("disabled", equalTo(false))
                .body("passwordHash", nullValue())
                .extract().path("id");

        asAdmin().get("/api/admin/staff").then().statusCode(200)
                .body("username", hasItems(username, "admin"))
                .body("find { it.id == '" + id + "' }.displayName", equalTo("Ny Rådgiver"));
        asAdmin().get("/api/admin/staff/" + id).then().statusCode(200).body("username", equalTo(username));
        TestStaff.login(username, "a-long-enough-password");
    }

    @Test
    void usernamesAreUniqueIgnoringCase() {
        TestStaff.Account existing = TestStaff.create("clinic");
        isProblem(asAdmin()
                .body(Map.of("username", existing.username().toUpperCase(), "displayName", "Twin",
                        "password", "a-long-enough-password", "roles", List.of("clinic")))
                .post("/api/admin/staff").then(), 409);
    }

    @Test
    void newStaffIsValidatedWithTheFieldsNamed() {
        isProblem(asAdmin()
                .body(Map.of("username", "x", "displayName", "", "password", "short", "roles", List.of()))
                .post("/api/admin/staff").then(), 400)
                .body("errors.field", containsInAnyOrder("displayName", "password", "roles", "username"));
        isProblem(asAdmin()
                .body(Map.of("username", "valid-name", "displayName", "Valid", "password", "a-long-enough-password",
                        "roles", List.of("superuser")))
                .post("/api/admin/staff").then(), 400)
                .body("detail", startsWith("Unknown value for roles"))
                .body("errors[0].field", startsWith("roles"));
    }

    @Test
    void changingRolesTakesEffectAndRevokesOldTokens() {
        TestStaff.Account staff = TestStaff.create("counsellor");
        asAdmin().body(Map.of("roles", List.of("clinic", "moderator")))
                .put("/api/admin/staff/" + staff.id() + "/roles")
                .then().statusCode(200).body("roles", contains("moderator", "clinic"));

        isProblem(given().auth().oauth2(staff.token()).get("/api/staff/me").then(), 401);
        String fresh = TestStaff.login(staff.username(), staff.password());
        given().auth().oauth2(fresh).get("/api/staff/me").then().statusCode(200)
                .body("roles", contains("moderator", "clinic"));
    }

    @Test
    void disableAndEnable() {
        TestStaff.Account staff = TestStaff.create("clinic");
        asAdmin().post("/api/admin/staff/" + staff.id() + "/disable").then().statusCode(200).body("disabled", equalTo(true));
        asAdmin().post("/api/admin/staff/" + staff.id() + "/enable").then().statusCode(200).body("disabled", equalTo(false));
        TestStaff.login(staff.username(), staff.password());
    }

    @Test
    void passwordResetReplacesThePasswordAndEndsSessions() {
        TestStaff.Account staff = TestStaff.create("moderator");
        asAdmin().body(Map.of("password", "reset-by-the-admin")).post("/api/admin/staff/" + staff.id() + "/password")
                .then().statusCode(204);

        isProblem(given().auth().oauth2(staff.token()).get("/api/staff/me").then(), 401);
        TestStaff.login(staff.username(), "reset-by-the-admin");
        isProblem(given().contentType(ContentType.JSON)
                .body(Map.of("username", staff.username(), "password", staff.password()))
                .post("/api/staff/login").then(), 401);
    }

    @Test
    void theLastActiveAdminCannotBeDisabledOrDemoted() {
        TestStaff.Account second = TestStaff.create("admin");
        // While another admin is active, an admin can be demoted.
        asAdmin().body(Map.of("roles", List.of("counsellor"))).put("/api/admin/staff/" + second.id() + "/roles")
                .then().statusCode(200);
        List<String> otherAdmins = asAdmin().get("/api/admin/staff").then().extract()
                .path("findAll { it.roles.contains('admin') && !it.disabled && it.username != 'admin' }.id");
        otherAdmins.forEach(id -> asAdmin().post("/api/admin/staff/" + id + "/disable").then().statusCode(200));

        String adminId = asAdmin().get("/api/admin/staff").then().extract().path("find { it.username == 'admin' }.id");
        isProblem(asAdmin().post("/api/admin/staff/" + adminId + "/disable").then(), 409);
        isProblem(asAdmin().body(Map.of("roles", List.of("counsellor"))).put("/api/admin/staff/" + adminId + "/roles")
                .then(), 409);
        asAdmin().get("/api/staff/me").then().statusCode(200).body("roles", hasItem("admin"));
    }

    @Test
    void unknownStaffIs404() {
        isProblem(asAdmin().post("/api/admin/staff/" + UUID.randomUUID() + "/disable").then(), 404);
        isProblem(asAdmin().get("/api/admin/staff/not-a-uuid").then(), 404);
    }

    @Test
    void adminActionsAreAudited() {
        TestStaff.Account staff = TestStaff.create("counsellor");
        asAdmin().post("/api/admin/staff/" + staff.id() + "/disable").then().statusCode(200);

        asAdmin().queryParam("action", "staff.disable").get("/api/admin/audit").then().statusCode(200)
                .body("find { it.subjectId == '" + staff.id() + "' }.staffUsername", equalTo("admin"))
                .body("find { it.subjectId == '" + staff.id() + "' }.subjectType", equalTo("staff"));
        asAdmin().queryParam("action", "staff.create").get("/api/admin/audit").then().statusCode(200)
                .body("subjectId", hasItem(staff.id()));
        isProblem(asAdmin().queryParam("size", 1000).get("/api/admin/audit").then(), 400);
    }

    @Test
    void onlyAdminsManageStaff() {
        for (String role : new String[] { "counsellor", "moderator", "clinic" }) {
            TestStaff.Account notAdmin = TestStaff.create(role);
            RequestSpecification as = given().auth().oauth2(notAdmin.token()).contentType(ContentType.JSON);
            isProblem(as.get("/api/admin/staff").then(), 403);
            isProblem(given().auth().oauth2(notAdmin.token()).contentType(ContentType.JSON)
                    .body(Map.of("username", "sneaky", "displayName", "S", "password", "a-long-enough-password",
                            "roles", List.of("admin")))
                    .post("/api/admin/staff").then(), 403);
            isProblem(given().auth().oauth2(notAdmin.token()).get("/api/admin/audit").then(), 403);
        }
        isProblem(given().get("/api/admin/staff").then(), 401);
        given().auth().oauth2(TestStaff.adminToken()).get("/api/admin/staff").then().statusCode(200)
                .body("username", not(hasItem("sneaky")));
    }
}
