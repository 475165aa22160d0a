package no.samtale.identity;

import java.util.UUID;

import org.eclipse.microprofile.jwt.JsonWebToken;

/** The staff member behind a request, as named in the audit log. */
public record Actor(UUID staffId, String username) {

    public static Actor of(JsonWebToken jwt) {
        return new Actor(UUID.fromString(jwt.getSubject()), jwt.getName());
    }

    /** For work the system does on its own, such as creating the bootstrap admin. */
    public static Actor system() {
        return new Actor(null, "system");
    }
}
