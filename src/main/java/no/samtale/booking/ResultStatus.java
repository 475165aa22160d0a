package no.samtale.booking;

import com.fasterxml.jackson.annotation.JsonProperty;

import no.samtale.common.WireValue;
import no.samtale.common.WireValueConverter;

/** What the clinic tells the visitor about the test result, in fixed and neutral words. */
public enum ResultStatus implements WireValue {
    @JsonProperty("pending")
    PENDING("pending"),
    @JsonProperty("no-action-needed")
    NO_ACTION_NEEDED("no-action-needed"),
    @JsonProperty("contact-clinic")
    CONTACT_CLINIC("contact-clinic");

    private final String wire;

    ResultStatus(String wire) {
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
    public static class Converter extends WireValueConverter<ResultStatus> {
        public Converter() {
            super(ResultStatus.class);
        }
    }
}
