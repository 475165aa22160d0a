package no.samtale.booking;

import com.fasterxml.jackson.annotation.JsonProperty;

import no.samtale.common.WireValue;
import no.samtale.common.WireValueConverter;

public enum BookingStatus implements WireValue {
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

    @Override
    public String wire() {
        return wire;
    }

    @Override
    public String toString() {
        return wire;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends WireValueConverter<BookingStatus> {
        public Converter() {
            super(BookingStatus.class);
        }
    }
}
