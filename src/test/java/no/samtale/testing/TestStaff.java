package no.samtale.testing;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;

/** Creates staff accounts through the admin API, the way an admin would, and logs them in. */
public final class TestStaff {

    public static final String ADMIN_USERNAME = "admin";
    public static final String ADMIN_PASSWORD = "test-admin-password";
    public static final String PASSWORD = "a-long-test-password";

    private TestStaff() {
    }

    public record Account(String id, String username, String password, String displayName, String token) {
        public String bearer() {
            return "Bearer " + token;
        }
    }

    private static String adminToken;

    /** The bootstrap admin's token; no test changes that account, so one login serves them all. */
    public static synchronized String adminToken() {
        if (adminToken == null) {
            adminToken = login(ADMIN_USERNAME, ADMIN_PASSWORD);
        }
        return adminToken;
    }

    public static String login(String username, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .post("/api/staff/login")
                .then().statusCode(200)
                .extract().path("token");
    }

    /** A new account with a unique username and the given roles (group names), already logged in. */
    public static Account create(String... roles) {
        String username = "t-" + UUID.randomUUID().toString().substring(0, 12);
        String displayName = "Test " + String.join("+", roles);
        String id = given().contentType(ContentType.JSON)
                .header("Authorization", "Bearer " + adminToken())
                .body(Map.of("username", username, "displayName", displayName, "password", PASSWORD,
                        "roles", List.of(roles)))
                .post("/api/admin/staff")
                .then().statusCode(201)
                .extract().path("id");
        return new Account(id, username, PASSWORD, displayName, login(username, PASSWORD));
    }
}
