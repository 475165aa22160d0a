package no.samtale.identity;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What the API shows of a staff account: never the password hash. */
public record StaffView(UUID id, String username, String displayName, List<Role> roles, boolean disabled,
        OffsetDateTime createdAt) {

    static StaffView of(StaffAccount account) {
        return new StaffView(account.id, account.username, account.displayName,
                account.roles.stream().sorted().toList(), account.disabled, account.createdAt);
    }
}
