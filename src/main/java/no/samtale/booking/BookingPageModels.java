package no.samtale.booking;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import no.samtale.booking.BookingViews.BookingView;
import no.samtale.booking.BookingViews.ClinicView;
import no.samtale.booking.BookingViews.SlotView;

/** What the booking templates show, formatted for the visitor's language and the clinics' time zone. */
final class BookingPageModels {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private BookingPageModels() {
    }

    record SlotChoice(String id, String time, int remaining) {
    }

    record Day(String label, List<SlotChoice> slots) {
    }

    record Summary(String when, ClinicView clinic, String status, String statusText, String result, String resultText,
            boolean changeable, String slotId) {
    }

    static List<Day> days(List<SlotView> slots, ZoneId zone, Locale locale) {
        Map<LocalDate, List<SlotChoice>> byDay = new LinkedHashMap<>();
        for (SlotView slot : slots) {
            LocalDate day = slot.startsAt().atZoneSameInstant(zone).toLocalDate();
            byDay.computeIfAbsent(day, d -> new ArrayList<>())
                    .add(new SlotChoice(slot.id().toString(), timeRange(slot, zone), slot.remaining()));
        }
        DateTimeFormatter dayFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        return byDay.entrySet().stream().map(e -> new Day(capitalised(e.getKey().format(dayFormat), locale), e.getValue()))
                .toList();
    }

    static String when(SlotView slot, ZoneId zone, Locale locale) {
        DateTimeFormatter dayFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        return capitalised(slot.startsAt().atZoneSameInstant(zone).format(dayFormat), locale) + ", " + timeRange(slot, zone);
    }

    static Summary summary(BookingView booking, ZoneId zone, Locale locale, BookingMessages text) {
        return new Summary(when(booking.slot(), zone, locale), booking.clinic(), booking.status().wire(),
                statusText(booking.status(), text), booking.resultStatus().wire(), resultText(booking.resultStatus(), text),
                booking.changeable(), booking.slot().id().toString());
    }

    private static String statusText(BookingStatus status, BookingMessages text) {
        return switch (status) {
            case BOOKED -> text.status_booked();
            case CANCELLED -> text.status_cancelled();
            case ATTENDED -> text.status_attended();
            case NO_SHOW -> text.status_no_show();
        };
    }

    private static String resultText(ResultStatus result, BookingMessages text) {
        return switch (result) {
            case PENDING -> text.result_pending();
            case NO_ACTION_NEEDED -> text.result_no_action_needed();
            case CONTACT_CLINIC -> text.result_contact_clinic();
        };
    }

    private static String timeRange(SlotView slot, ZoneId zone) {
        return slot.startsAt().atZoneSameInstant(zone).format(TIME) + "–" + slot.endsAt().atZoneSameInstant(zone).format(TIME);
    }

    private static String capitalised(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
