package no.samtale.qa;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of the question endpoints, validated at the edge. No field asks for a name or contact. */
public final class QuestionRequests {

    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 4000;

    private QuestionRequests() {
    }

    public record Ask(@NotBlank @Size(min = 3, max = TITLE_MAX) String title, @NotBlank @Size(min = 10, max = BODY_MAX) String body,
            @NotBlank @Size(max = 40) String category, @NotNull @Pattern(regexp = "nb|sv|en", message = "nb, sv or en") String language,
            @NotNull Boolean publishConsent) {
    }

    public record Receipt(@NotBlank @Size(max = 64) String receipt) {
    }

    public record Edit(@NotBlank @Size(max = TITLE_MAX) String title, @NotBlank @Size(max = BODY_MAX) String body,
            @NotBlank @Size(max = 40) String category) {
    }

    public record Reject(@NotBlank @Size(max = 500) String reason) {
    }

    public record Answer(@NotBlank @Size(max = 20000) String body) {
    }
}
