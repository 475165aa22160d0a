package no.samtale.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import no.samtale.testing.Database;
import no.samtale.testing.TestQuestions;
import no.samtale.testing.TestStaff;

/** The scheduled job runs every feature's policy; here the questions' rules. */
@QuarkusTest
class RetentionJobTest {

    @Inject
    RetentionJob job;

    @Test
    void questionsAreDeletedAfterTheirRetentionAndPublishedOnesStay() throws Throwable {
        TestStaff.Account staff = TestStaff.create("moderator", "counsellor");
        String marker = UUID.randomUUID().toString().substring(0, 8);
        TestQuestions.ask("Gammel uåpnet " + marker, "Denne er 91 dager gammel.", "law", "nb", true);
        TestQuestions.ask("Nesten gammel " + marker, "Denne er 89 dager gammel.", "law", "nb", true);
        TestQuestions.ask("Avvist for lenge siden " + marker, "Denne ble avvist for 8 dager siden.", "law", "nb", true);
        String published = TestQuestions.published("Publisert for lenge siden " + marker, "Denne skal bli.", "Ja.", "law", "nb",
                staff.token(), staff.token());
        Database.update("UPDATE question SET last_changed_at = now() - interval '91 days' WHERE title = 'Gammel uåpnet " + marker + "'");
        Database.update("UPDATE question SET last_changed_at = now() - interval '89 days' WHERE title = 'Nesten gammel " + marker + "'");
        Database.update("UPDATE question SET status = 'rejected', reject_reason = 'x', last_changed_at = now() - interval '8 days'"
                + " WHERE title = 'Avvist for lenge siden " + marker + "'");
        Database.update("UPDATE question SET last_changed_at = now() - interval '400 days' WHERE slug = '" + published + "'");

        VertxContextSupport.subscribeAndAwait(() -> job.run());

        assertEquals(0, count("Gammel uåpnet " + marker));
        assertEquals(1, count("Nesten gammel " + marker));
        assertEquals(0, count("Avvist for lenge siden " + marker));
        assertEquals(1, Database.count("SELECT count(*) FROM question WHERE slug = '" + published + "'"));
    }

    private static long count(String title) {
        return Database.count("SELECT count(*) FROM question WHERE title = '" + title + "'");
    }
}
