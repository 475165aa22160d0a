package no.samtale.identity;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Staff roles. Their lower-case names are the JWT groups and the {@code @RolesAllowed} values. */
public enum Role {
    @JsonProperty("counsellor")
    COUNSELLOR,
    @JsonProperty("moderator")
    MODERATOR,
    @JsonProperty("clinic")
    CLINIC,
    @JsonProperty("admin")
    ADMIN;

    public static final String VISITOR_GROUP = "visitor";

    public String group() {
        return name().toLowerCase();
    }

    public static Optional<Role> ofGroup(String group) {
        return Arrays.stream(values()).filter(r -> r.group().equals(group)).findFirst();
    }

    @Override
    public String toString() {
        return group();
    }
}
