package no.samtale.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URL;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import no.samtale.testing.TestClinics;
import no.samtale.testing.TestStaff;

/**
 * Runs the Playwright suites in {@code frontend/e2e} (Debian's chromium driven by playwright-core) against this
 * running application: the home page in each language, quick exit, console login, booking (book, look up, move,
 * cancel, calendar), the clinic desk's check-in, the question's way from the ask form through moderation and
 * answering to search and the receipt page, a visitor and a counsellor chatting, and axe-core scans.
 */
@QuarkusTest
class BrowserEndToEndTest {

    private static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");

    @TestHTTPResource("/")
    URL base;

    @Test
    void homePageQuickExitAndConsoleLoginWorkInARealBrowser() throws Exception {
        assertTrue(new File(CHROMIUM).canExecute(),
                CHROMIUM + " is missing: install Debian's chromium (apt-get install -y chromium) or run bin/test");
        TestStaff.Account counsellor = TestStaff.create("counsellor");
        TestStaff.Account desk = TestStaff.create("clinic");
        TestStaff.Account moderator = TestStaff.create("moderator", "counsellor");
        TestStaff.Account chatCounsellor = TestStaff.create("counsellor");
        String clinicName = bookableClinic();

        ProcessBuilder npm = new ProcessBuilder("npm", "run", "--silent", "e2e")
                .directory(new File("frontend"))
                .redirectErrorStream(true);
        npm.environment().put("BASE_URL", base.toString().replaceAll("/$", ""));
        npm.environment().put("STAFF_USERNAME", counsellor.username());
        npm.environment().put("STAFF_PASSWORD", counsellor.password());
        npm.environment().put("STAFF_DISPLAY_NAME", counsellor.displayName());
        npm.environment().put("CLINIC_USERNAME", desk.username());
        npm.environment().put("CLINIC_PASSWORD", desk.password());
        npm.environment().put("BOOKING_CLINIC_NAME", clinicName);
        npm.environment().put("MODERATOR_USERNAME", moderator.username());
        npm.environment().put("MODERATOR_PASSWORD", moderator.password());
        npm.environment().put("CHAT_COUNSELLOR_USERNAME", chatCounsellor.username());
        npm.environment().put("CHAT_COUNSELLOR_PASSWORD", chatCounsellor.password());
        npm.environment().put("CHAT_COUNSELLOR_DISPLAY_NAME", chatCounsellor.displayName());
        npm.environment().put("ADMIN_TOKEN", TestStaff.adminToken());
        npm.environment().put("ADMIN_USERNAME", TestStaff.ADMIN_USERNAME);
        npm.environment().put("ADMIN_PASSWORD", TestStaff.ADMIN_PASSWORD);
        npm.environment().put("CHROMIUM_PATH", CHROMIUM);
        Process run = npm.start();

        StringBuilder output = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8))) {
            lines.lines().forEach(line -> {
                System.out.println("[e2e] " + line);
                output.append(line).append('\n');
            });
        }
        if (!run.waitFor(5, TimeUnit.MINUTES)) {
            run.destroyForcibly();
        }
        assertEquals(0, run.exitValue(), "browser tests failed:\n" + output);
        assertTrue(output.toString().matches("(?s).*# pass [1-9][0-9]*.*"), "no browser test ran:\n" + output);
    }

    /**
     * A clinic whose earliest slot is later today (the desk checks in today's bookings only; the test profile's
     * cut-off is 5 minutes) and with slots on the following days.
     */
    private static String bookableClinic() {
        String id = TestClinics.clinic();
        TestClinics.slot(id, Duration.ofMinutes(8), 5);
        TestClinics.slot(id, Duration.ofMinutes(30), 5);
        for (int day = 1; day <= 4; day++) {
            TestClinics.slot(id, Duration.ofDays(day), 4);
        }
        return given().get("/api/clinics").then().extract().path("find { it.id == '" + id + "' }.name");
    }
}
