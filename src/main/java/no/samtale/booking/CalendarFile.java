package no.samtale.booking;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * A one-event iCalendar file (RFC 5545) for a booking. Its words are deliberately neutral: someone who sees the
 * visitor's calendar learns of an appointment at an address, nothing about testing, a clinic or this service.
 */
final class CalendarFile {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private CalendarFile() {
    }

    static String of(Slot slot, Clinic clinic, String title) {
        String now = OffsetDateTime.now(ZoneOffset.UTC).format(UTC);
        return String.join("\r\n",
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//appointment//EN",
                "CALSCALE:GREGORIAN",
                "BEGIN:VEVENT",
                "UID:" + UUID.randomUUID() + "@appointment",
                "DTSTAMP:" + now,
                "DTSTART:" + slot.startsAt.withOffsetSameInstant(ZoneOffset.UTC).format(UTC),
                "DTEND:" + slot.endsAt.withOffsetSameInstant(ZoneOffset.UTC).format(UTC),
                "SUMMARY:" + escape(title),
                "LOCATION:" + escape(clinic.address),
                "END:VEVENT",
                "END:VCALENDAR",
                "");
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r", "").replace("\n", "\\n");
    }
}
