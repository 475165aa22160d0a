package no.samtale.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import no.samtale.testing.Database;
import no.samtale.testing.TestClinics;

@QuarkusTest
class BookingRetentionTest {

    @Inject
    BookingRetention retention;

    @Test
    void bookingsAreDeletedThirtyDaysAfterTheirSlot() throws Throwable {
        String clinic = TestClinics.clinic();
        String old = TestClinics.slot(clinic, 2);
        String recent = TestClinics.slot(clinic, 2);
        String upcoming = TestClinics.slot(clinic, 2);
        TestClinics.book(old);
        TestClinics.book(recent);
        TestClinics.book(upcoming);
        Database.update("UPDATE slot SET starts_at = now() - interval '31 days 1 hour', ends_at = now() - interval '31 days'"
                + " WHERE id = '" + old + "'");
        Database.update("UPDATE slot SET starts_at = now() - interval '29 days 1 hour', ends_at = now() - interval '29 days'"
                + " WHERE id = '" + recent + "'");

        VertxContextSupport.subscribeAndAwait(() -> retention.deleteExpired());

        assertEquals(0, Database.count("SELECT count(*) FROM booking WHERE slot_id = '" + old + "'"));
        assertEquals(0, Database.count("SELECT count(*) FROM slot WHERE id = '" + old + "'"));
        assertEquals(1, Database.count("SELECT count(*) FROM booking WHERE slot_id = '" + recent + "'"));
        assertEquals(1, Database.count("SELECT count(*) FROM booking WHERE slot_id = '" + upcoming + "'"));
    }
}
