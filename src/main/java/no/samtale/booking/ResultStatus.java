package no.samtale.booking;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What the clinic tells the visitor about the test result, in fixed and neutral words. */
public enum ResultStatus {
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

    public String wire() {
        return wire;
    }

    @Override
    public String toString() {
        return wire;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter implements jakarta.persistence.AttributeConverter<ResultStatus, String> {
        @Override
        public String convertToDatabaseColumn(ResultStatus status) {
            return status.wire;
        }

        @Override
        public ResultStatus convertToEntityAttribute(String column) {
            for (ResultStatus status : values()) {
                if (status.wire.equals(column)) {
                    return status;
                }
            }
            throw new IllegalArgumentException(column);
        }
    }
}
