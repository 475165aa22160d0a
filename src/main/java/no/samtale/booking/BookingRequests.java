package no.samtale.booking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request bodies of the booking endpoints, validated at the edge. */
public final class BookingRequests {

    private BookingRequests() {
    }

    public record Book(@NotNull UUID slotId) {
    }

    public record Code(@NotBlank @Size(max = 64) String code) {
    }

    public record Reschedule(@NotBlank @Size(max = 64) String code, @NotNull UUID slotId) {
    }

    public record ClinicDetails(@NotBlank @Size(max = 120) String name, @NotBlank @Size(max = 300) String address,
            @Size(max = 2000) String directions, @Size(max = 2000) String practicalInfo) {
    }

    public record NewSlot(@NotNull OffsetDateTime startsAt, @NotNull OffsetDateTime endsAt,
            @Min(1) @Max(500) int capacity) {
    }

    /** Slots every {@code slotMinutes} between the two times, on the given weekdays, between the two dates. */
    public record WeeklyTemplate(@NotNull LocalDate from, @NotNull LocalDate to, @NotEmpty Set<@NotNull DayOfWeek> days,
            @NotNull LocalTime startTime, @NotNull LocalTime endTime, @Min(5) @Max(480) int slotMinutes,
            @Min(1) @Max(500) int capacity) {
    }

    public record Attendance(@NotNull BookingStatus status) {
    }

    public record Result(@NotNull ResultStatus resultStatus) {
    }

    public record CheckIn(@NotBlank @Size(max = 64) String code) {
    }
}
