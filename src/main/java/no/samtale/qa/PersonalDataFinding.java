package no.samtale.qa;

import java.util.Objects;

/**
 * One piece of personal data in a text: {@code match} is exactly {@code text.substring(start, end)}, so a
 * moderator's screen can highlight it and {@link PersonalDataDetector#redact} can remove it.
 */
public record PersonalDataFinding(PersonalDataKind kind, int start, int end, String match) {

    public PersonalDataFinding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(match, "match");
        if (start < 0 || end <= start || match.length() != end - start) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") does not fit a match of length "
                    + match.length());
        }
    }

    /** Leaves the matched text out: it is the personal data, and findings may end up in logs. */
    @Override
    public String toString() {
        return "PersonalDataFinding[kind=" + kind + ", start=" + start + ", end=" + end + "]";
    }
}
