package no.samtale.qa;

import java.util.EnumSet;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;

import no.samtale.common.WireValue;
import no.samtale.common.WireValueConverter;

/**
 * received → accepted | rejected; accepted → answered → published; published → answered (unpublish). The asker may
 * withdraw a question at any time before it is rejected, also after it was published.
 */
public enum QuestionStatus implements WireValue {
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

    @Override
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
    public static class Converter extends WireValueConverter<QuestionStatus> {
        public Converter() {
            super(QuestionStatus.class);
        }
    }
}
