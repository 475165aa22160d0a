package no.samtale.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Reads query parameters that JAX-RS would otherwise convert itself, answering a vague 404 when they are
 * malformed: here a client gets a 400 that names the parameter.
 */
public final class QueryValues {

    private QueryValues() {
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("Query parameter " + name + " must be a date like 2026-11-24");
        }
    }

    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("Query parameter " + name + " must be an id");
        }
    }
}
