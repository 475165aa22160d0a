package no.samtale.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class OpeningHoursTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private static OpeningHours weekdays(int opens, int closes, OpeningHours.ClosedDay... closed) {
        List<OpeningHours.Period> periods = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY).stream().map(d -> new OpeningHours.Period(d, opens, closes)).toList();
        return new OpeningHours(OSLO, periods, List.of(closed));
    }

    private static Instant oslo(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), OSLO).toInstant();
    }

    @Test
    void openInsideAPeriodAndClosedAtItsEnd() {
        OpeningHours hours = weekdays(10 * 60, 16 * 60);
        assertTrue(hours.isOpen(oslo("2026-11-23T10:00")), "Monday 10:00");
        assertTrue(hours.isOpen(oslo("2026-11-23T15:59")));
        assertFalse(hours.isOpen(oslo("2026-11-23T16:00")), "closes at 16:00");
        assertFalse(hours.isOpen(oslo("2026-11-23T09:59")));
        assertFalse(hours.isOpen(oslo("2026-11-28T12:00")), "Saturday");
    }

    @Test
    void nextOpeningIsLaterTodayTheNextWeekdayOrAfterClosedDays() {
        OpeningHours hours = weekdays(10 * 60, 16 * 60);
        assertEquals(Optional.empty(), hours.nextOpening(oslo("2026-11-23T12:00")), "open now");
        assertEquals(at("2026-11-23T10:00"), hours.nextOpening(oslo("2026-11-23T08:00")).orElseThrow());
        assertEquals(at("2026-11-24T10:00"), hours.nextOpening(oslo("2026-11-23T17:00")).orElseThrow());
        assertEquals(at("2026-11-30T10:00"), hours.nextOpening(oslo("2026-11-27T16:30")).orElseThrow(), "Friday → Monday");
        OpeningHours christmas = weekdays(10 * 60, 16 * 60, new OpeningHours.ClosedDay(LocalDate.parse("2026-12-24"), "Julaften"),
                new OpeningHours.ClosedDay(LocalDate.parse("2026-12-25"), "1. juledag"));
        assertFalse(christmas.isOpen(oslo("2026-12-24T12:00")));
        assertEquals(at("2026-12-28T10:00"), christmas.nextOpening(oslo("2026-12-23T17:00")).orElseThrow());
    }

    @Test
    void aroundTheClockAndMidnightAtTheEnd() {
        OpeningHours evenings = new OpeningHours(OSLO, List.of(new OpeningHours.Period(DayOfWeek.MONDAY, 18 * 60, 1440),
                new OpeningHours.Period(DayOfWeek.TUESDAY, 0, 60)), List.of());
        assertTrue(evenings.isOpen(oslo("2026-11-23T23:59")));
        assertTrue(evenings.isOpen(oslo("2026-11-24T00:30")), "runs on past midnight into Tuesday");
        assertFalse(evenings.isOpen(oslo("2026-11-24T01:00")));
    }

    @Test
    void daylightSavingChangesKeepLocalTimes() {
        OpeningHours hours = new OpeningHours(OSLO, List.of(new OpeningHours.Period(DayOfWeek.SUNDAY, 10 * 60, 12 * 60),
                new OpeningHours.Period(DayOfWeek.MONDAY, 10 * 60, 12 * 60)), List.of());
        // Summer time starts on Sunday 29 March 2026: 10:00 that day is UTC+2.
        OffsetDateTime sunday = hours.nextOpening(oslo("2026-03-28T12:00")).orElseThrow();
        assertEquals(at("2026-03-29T10:00"), sunday);
        assertEquals(2 * 3600, sunday.getOffset().getTotalSeconds());
        // And ends on Sunday 25 October 2026: 10:00 is UTC+1 again.
        assertEquals(3600, hours.nextOpening(oslo("2026-10-24T12:00")).orElseThrow().getOffset().getTotalSeconds());
    }

    @Test
    void nothingOpenMeansNoNextOpening() {
        assertEquals(Optional.empty(), new OpeningHours(OSLO, List.of(), List.of()).nextOpening(Instant.now()));
    }

    @Test
    void periodsMustBeOrderedWithinADayAndNotOverlap() {
        assertThrows(IllegalArgumentException.class, () -> new OpeningHours.Period(DayOfWeek.MONDAY, 600, 600));
        assertThrows(IllegalArgumentException.class, () -> new OpeningHours.Period(DayOfWeek.MONDAY, 0, 1441));
        assertThrows(IllegalArgumentException.class, () -> new OpeningHours(OSLO, List.of(
                new OpeningHours.Period(DayOfWeek.MONDAY, 600, 900), new OpeningHours.Period(DayOfWeek.MONDAY, 800, 1000)),
                List.of()));
    }

    private static OffsetDateTime at(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), OSLO).toOffsetDateTime();
    }
}
