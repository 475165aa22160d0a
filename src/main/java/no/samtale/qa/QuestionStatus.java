package no.samtale.qa;

import java.util.EnumSet;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * received → accepted | rejected; accepted → answered → published; published → answered (unpublish). The asker may
 * withdraw a question at any time before it is rejected, also after it was published.
 */
public enum QuestionStatus {
    @JsonProperty("received")
    RECEIVED,
    @JsonProperty("accepted")
    ACCEPTED,
    @JsonProperty("rejected")
    REJECTED,
    @JsonProperty("answered")
    ANSWERED,
    @JsonProperty("published")
    PUBLISHED,
    @JsonProperty("withdrawn")
    WITHDRAWN;

    public String wire() {
        return name().toLowerCase();
    }

    public boolean canMoveTo(QuestionStatus next) {
        return next(this).contains(next);
    }

    private static Set<QuestionStatus> next(QuestionStatus from) {
        return switch (from) {
            case RECEIVED -> EnumSet.of(ACCEPTED, REJECTED, WITHDRAWN);
            case ACCEPTED -> EnumSet.of(ANSWERED, REJECTED, WITHDRAWN);
            case ANSWERED -> EnumSet.of(PUBLISHED, ANSWERED, WITHDRAWN);
            case PUBLISHED -> EnumSet.of(ANSWERED, WITHDRAWN);
            case REJECTED, WITHDRAWN -> EnumSet.noneOf(QuestionStatus.class);
        };
    }

    /** Moderators may still redact the text while it is not public. */
    public boolean editable() {
        return this == RECEIVED || this == ACCEPTED || this == ANSWERED;
    }

    @Override
    public String toString() {
        return wire();
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter implements jakarta.persistence.AttributeConverter<QuestionStatus, String> {
        @Override
        public String convertToDatabaseColumn(QuestionStatus status) {
            return status.wire();
        }

        @Override
        public QuestionStatus convertToEntityAttribute(String column) {
            return QuestionStatus.valueOf(column.toUpperCase());
        }
    }
}
