package no.samtale.identity;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The request bodies of the staff endpoints, validated at the edge. */
public final class StaffRequests {

    static final int MIN_PASSWORD = 12;
    static final int MAX_PASSWORD = 128;

    private StaffRequests() {
    }

    public record Login(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = MAX_PASSWORD) String password) {
    }

    public record NewStaff(
            @NotNull @Pattern(regexp = "[A-Za-z0-9._-]{3,64}", message = "3 to 64 letters, digits, dots, dashes or underscores") String username,
            @NotBlank @Size(max = 100) String displayName,
            @NotNull @Size(min = MIN_PASSWORD, max = MAX_PASSWORD) String password,
            @NotEmpty Set<@NotNull Role> roles) {
    }

    public record RolesChange(@NotEmpty Set<@NotNull Role> roles) {
    }

    public record PasswordReset(@NotNull @Size(min = MIN_PASSWORD, max = MAX_PASSWORD) String password) {
    }

    public record PasswordChange(@NotBlank @Size(max = MAX_PASSWORD) String currentPassword,
            @NotNull @Size(min = MIN_PASSWORD, max = MAX_PASSWORD) String newPassword) {
    }
}
