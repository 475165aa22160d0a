package no.samtale.booking;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum BookingStatus {
    @JsonProperty("booked")
    BOOKED("booked"),
    @JsonProperty("cancelled")
    CANCELLED("cancelled"),
    @JsonProperty("attended")
    ATTENDED("attended"),
    @JsonProperty("no-show")
    NO_SHOW("no-show");

    private final String wire;

    BookingStatus(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    static BookingStatus ofWire(String wire) {
        for (BookingStatus status : values()) {
            if (status.wire.equals(wire)) {
                return status;
            }
        }
        throw new IllegalArgumentException(wire);
    }

    @Override
    public String toString() {
        return wire;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter implements jakarta.persistence.AttributeConverter<BookingStatus, String> {
        @Override
        public String convertToDatabaseColumn(BookingStatus status) {
            return status.wire;
        }

        @Override
        public BookingStatus convertToEntityAttribute(String column) {
            return ofWire(column);
        }
    }
}
