package no.samtale.identity;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "staff_account")
public class StaffAccount extends PanacheEntityBase {

    @Id
    public UUID id;

    public String username;

    @Column(name = "display_name")
    public String displayName;

    @Column(name = "password_hash")
    public String passwordHash;

    @Convert(converter = RolesConverter.class)
    public Set<Role> roles = EnumSet.noneOf(Role.class);

    public boolean disabled;

    @Column(name = "token_version")
    public int tokenVersion;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "password_changed_at")
    public OffsetDateTime passwordChangedAt;

    /** Makes every token issued to this account so far invalid. */
    void revokeTokens() {
        tokenVersion++;
    }
}
