package no.samtale.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class VisitorTokenResourceTest {

    @ConfigProperty(name = "quarkus.datasource.migrations.jdbc.url")
    String jdbcUrl;

    @Test
    void visitorGetsAPseudonymousTwelveHourToken() throws Exception {
        Response response = given().post("/api/visitor/tokens")
                .then().statusCode(201)
                .header("Set-Cookie", nullValue())
                .body("token", not(emptyOrNullString()))
                .extract().response();

        JsonNode claims = payload(response.path("token"));
        assertEquals("samtale", claims.get("iss").asText());
        assertEquals("visitor", claims.get("groups").get(0).asText());
        assertEquals(1, claims.get("groups").size());
        // 144 random bits, base64url: 24 characters.
        assertTrue(claims.get("sub").asText().matches("[A-Za-z0-9_-]{24}"), claims.get("sub").asText());
        long lifetime = claims.get("exp").asLong() - Instant.now().getEpochSecond();
        assertTrue(Math.abs(lifetime - Duration.ofHours(12).toSeconds()) < 60, "lifetime " + lifetime);
        assertEquals(claims.get("exp").asLong(), OffsetDateTime.parse(response.path("expiresAt")).toEpochSecond());
    }

    @Test
    void everyTokenHasAFreshPseudonym() throws Exception {
        String first = payload(given().post("/api/visitor/tokens").path("token")).get("sub").asText();
        String second = payload(given().post("/api/visitor/tokens").path("token")).get("sub").asText();
        assertNotEquals(first, second);
    }

    @Test
    void issuingATokenStoresNothing() throws Exception {
        long before = rowsInAllTables();
        for (int i = 0; i < 5; i++) {
            given().post("/api/visitor/tokens").then().statusCode(201);
        }
        assertEquals(before, rowsInAllTables());
    }

    @Test
    void visitorTokenNeverOpensAStaffEndpoint() {
        String visitor = given().post("/api/visitor/tokens").path("token");
        given().auth().oauth2(visitor).get("/api/staff/me").then().statusCode(403)
                .contentType(anyOf(equalTo("application/problem+json"), equalTo("application/problem+json;charset=UTF-8")));
        given().auth().oauth2(visitor).get("/api/admin/staff").then().statusCode(403);
        given().auth().oauth2(visitor).get("/api/admin/audit").then().statusCode(403);
    }

    private long rowsInAllTables() throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "");
                Statement s = c.createStatement();
                ResultSet tables = s.executeQuery(
                        "SELECT string_agg(format('(SELECT count(*) FROM %I.%I)', schemaname, tablename), ' + ') "
                                + "FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'flyway_schema_history'")) {
            tables.next();
            try (Statement count = c.createStatement(); ResultSet total = count.executeQuery("SELECT " + tables.getString(1))) {
                total.next();
                return total.getLong(1);
            }
        }
    }

    static JsonNode payload(String jwt) throws Exception {
        String json = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        return new ObjectMapper().readTree(json);
    }
}
