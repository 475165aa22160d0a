package no.samtale.chat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A weekly schedule in one zone, with closed days; answers whether chat is open and when it next opens. */
public record OpeningHours(ZoneId zone, List<Period> weekly, List<ClosedDay> closedDays) {

    /** Minutes from midnight: {@code closesMinute} 1440 is midnight at the end of the day. */
    public record Period(DayOfWeek day, int opensMinute, int closesMinute) {
        public Period {
            if (opensMinute < 0 || closesMinute > 1440 || opensMinute >= closesMinute) {
                throw new IllegalArgumentException("A period opens before it closes, within one day");
            }
        }

        boolean covers(int minute) {
            return opensMinute <= minute && minute < closesMinute;
        }

        boolean overlaps(Period other) {
            return day == other.day && opensMinute < other.closesMinute && other.opensMinute < closesMinute;
        }
    }

    public record ClosedDay(LocalDate date, String note) {
    }

    /** How far ahead {@link #nextOpening} looks: beyond two weeks of closed days, the page just says "closed". */
    private static final int LOOK_AHEAD_DAYS = 15;

    public OpeningHours {
        weekly = weekly.stream()
                .sorted(Comparator.comparing(Period::day).thenComparingInt(Period::opensMinute))
                .toList();
        closedDays = closedDays.stream().sorted(Comparator.comparing(ClosedDay::date)).toList();
        for (int i = 1; i < closedDays.size(); i++) {
            if (closedDays.get(i - 1).date().equals(closedDays.get(i).date())) {
                throw new IllegalArgumentException(closedDays.get(i).date() + " is listed twice as a closed day");
            }
        }
        for (int i = 1; i < weekly.size(); i++) {
            if (weekly.get(i - 1).overlaps(weekly.get(i))) {
                throw new IllegalArgumentException("Periods on " + weekly.get(i).day() + " overlap");
            }
        }
    }

    public boolean isOpen(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        if (closedDates().contains(local.toLocalDate())) {
            return false;
        }
        int minute = local.getHour() * 60 + local.getMinute();
        return weekly.stream().anyMatch(p -> p.day() == local.getDayOfWeek() && p.covers(minute));
    }

    /** The start of the next opening period, or empty when open now or nothing opens in the next two weeks. */
    public Optional<OffsetDateTime> nextOpening(Instant now) {
        if (isOpen(now)) {
            return Optional.empty();
        }
        Set<LocalDate> closed = closedDates();
        LocalDate today = now.atZone(zone).toLocalDate();
        for (int d = 0; d < LOOK_AHEAD_DAYS; d++) {
            LocalDate date = today.plusDays(d);
            if (closed.contains(date)) {
                continue;
            }
            for (Period period : weekly) {
                if (period.day() != date.getDayOfWeek()) {
                    continue;
                }
                ZonedDateTime opens = ZonedDateTime.of(date,
                        LocalTime.of(period.opensMinute() / 60, period.opensMinute() % 60), zone);
                if (opens.toInstant().isAfter(now)) {
                    return Optional.of(opens.toOffsetDateTime());
                }
            }
        }
        return Optional.empty();
    }

    private Set<LocalDate> closedDates() {
        return closedDays.stream().map(ClosedDay::date).collect(Collectors.toSet());
    }
}
