package no.samtale.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class SecurityHeadersTest {

    @ParameterizedTest
    @ValueSource(strings = { "/", "/?lang=sv", "/css/site.css", "/js/quick-exit.js", "/console/", "/api/staff/me",
            "/api/no-such-thing", "/q/health/ready", "/q/openapi" })
    void everyResponseCarriesTheSecurityHeaders(String path) {
        assertSecurityHeaders(given().get(path).then());
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/visitor/tokens", "/api/staff/login" })
    void postsCarryThemToo(String path) {
        assertSecurityHeaders(given().contentType("application/json").body("{").post(path).then());
    }

    static void assertSecurityHeaders(ValidatableResponse response) {
        response
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Permissions-Policy", containsString("camera=()"))
                // HSTS is for production (behind TLS) only.
                .header("Strict-Transport-Security", nullValue())
                .header("Set-Cookie", nullValue());
    }
}
