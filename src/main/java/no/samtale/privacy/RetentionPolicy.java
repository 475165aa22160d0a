package no.samtale.privacy;

import io.smallrye.mutiny.Uni;

/** What one feature deletes once its retention period has passed. Deleting means gone from the tables. */
public interface RetentionPolicy {

    /** What is deleted, for the log line: "bookings", "questions". */
    String subject();

    /** Deletes what has expired and answers how many rows went. */
    Uni<Long> deleteExpired();
}
