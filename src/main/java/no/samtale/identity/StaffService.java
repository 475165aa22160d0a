package no.samtale.identity;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import no.samtale.common.ProblemException;

/** Staff accounts: login, and the admin's work on accounts. Every change to an account is audited. */
@ApplicationScoped
public class StaffService {

    private static final String WRONG_CREDENTIALS = "Unknown username or wrong password";
    private static final String SUBJECT = "staff";

    private final StaffRepository staff;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final TokenIssuer issuer;
    private final AuditLog audit;

    StaffService(StaffRepository staff, PasswordHasher hasher, LoginThrottle throttle, TokenIssuer issuer, AuditLog audit) {
        this.staff = staff;
        this.hasher = hasher;
        this.throttle = throttle;
        this.issuer = issuer;
        this.audit = audit;
    }

    public record Session(String token, OffsetDateTime expiresAt, StaffView staff) {
    }

    /** Unknown, disabled and wrongly-typed accounts all answer the same, after the same amount of work. */
    @WithSession
    public Uni<Session> login(StaffRequests.Login request) {
        String username = request.username().trim();
        Optional<java.time.Duration> wait = throttle.admit(username);
        if (wait.isPresent()) {
            return Uni.createFrom().failure(
                    ProblemException.tooManyRequests("Too many failed logins; try again later", wait.get()));
        }
        return staff.findByUsername(username)
                .chain(account -> (account == null ? hasher.matchNothing(request.password())
                        : hasher.matches(request.password(), account.passwordHash))
                        .map(ok -> ok && !account.disabled ? account : null))
                .map(account -> {
                    if (account == null) {
                        throttle.failed(username);
                        throw ProblemException.unauthorized(WRONG_CREDENTIALS);
                    }
                    throttle.succeeded(username);
                    TokenIssuer.IssuedToken token = issuer.staff(account);
                    return new Session(token.token(), token.expiresAt(), StaffView.of(account));
                });
    }

    @WithSession
    public Uni<StaffView> find(UUID id) {
        return existing(id).map(StaffView::of);
    }

    @WithSession
    public Uni<List<StaffView>> list() {
        return staff.listByUsername().map(all -> all.stream().map(StaffView::of).toList());
    }

    @WithTransaction
    public Uni<StaffView> create(StaffRequests.NewStaff request, Actor actor) {
        return staff.findByUsername(request.username())
                .chain(taken -> {
                    if (taken != null) {
                        return Uni.createFrom().failure(ProblemException.conflict("That username is taken"));
                    }
                    return hasher.hash(request.password());
                })
                .chain(hash -> {
                    StaffAccount account = newAccount(request.username(), request.displayName(), hash, request.roles());
                    return staff.persist(account)
                            .call(a -> audit.record(actor, "staff.create", SUBJECT, a.id.toString(),
                                    "roles=" + rolesText(a.roles)));
                })
                .map(StaffView::of);
    }

    @WithTransaction
    public Uni<StaffView> changeRoles(UUID id, Set<Role> roles, Actor actor) {
        return existing(id)
                .call(account -> account.roles.contains(Role.ADMIN) && !roles.contains(Role.ADMIN)
                        ? requireAnotherActiveAdmin(account)
                        : Uni.createFrom().voidItem())
                .invoke(account -> {
                    account.roles = EnumSet.copyOf(roles);
                    account.revokeTokens();
                })
                .call(account -> audit.record(actor, "staff.roles", SUBJECT, id.toString(), "roles=" + rolesText(roles)))
                .map(StaffView::of);
    }

    @WithTransaction
    public Uni<StaffView> setDisabled(UUID id, boolean disabled, Actor actor) {
        return existing(id)
                .call(account -> disabled && !account.disabled && account.roles.contains(Role.ADMIN)
                        ? requireAnotherActiveAdmin(account)
                        : Uni.createFrom().voidItem())
                .invoke(account -> {
                    account.disabled = disabled;
                    account.revokeTokens();
                })
                .call(account -> audit.record(actor, disabled ? "staff.disable" : "staff.enable", SUBJECT, id.toString(), null))
                .map(StaffView::of);
    }

    @WithTransaction
    public Uni<Void> resetPassword(UUID id, String password, Actor actor) {
        return existing(id)
                .chain(account -> hasher.hash(password).invoke(hash -> setPassword(account, hash)))
                .chain(ignored -> audit.record(actor, "staff.password-reset", SUBJECT, id.toString(), null));
    }

    /** A staff member changes their own password; their other sessions end. */
    @WithTransaction
    public Uni<Session> changeOwnPassword(UUID id, StaffRequests.PasswordChange request, Actor actor) {
        return existing(id)
                .call(account -> hasher.matches(request.currentPassword(), account.passwordHash)
                        .invoke(ok -> {
                            if (!ok) {
                                throw ProblemException.badRequest("The current password is wrong");
                            }
                        }))
                .call(account -> hasher.hash(request.newPassword()).invoke(hash -> setPassword(account, hash)))
                .call(account -> audit.record(actor, "staff.password-change", SUBJECT, id.toString(), null))
                .map(account -> {
                    TokenIssuer.IssuedToken token = issuer.staff(account);
                    return new Session(token.token(), token.expiresAt(), StaffView.of(account));
                });
    }

    /** Creates an account unless the username exists; used for the bootstrap admin and the dev demo accounts. */
    @WithTransaction
    public Uni<Boolean> ensureAccount(String username, String displayName, String password, Set<Role> roles) {
        return staff.findByUsername(username).chain(found -> found != null ? Uni.createFrom().item(false)
                : hasher.hash(password)
                        .chain(hash -> staff.persist(newAccount(username, displayName, hash, roles)))
                        .call(a -> audit.record(Actor.system(), "staff.create", SUBJECT, a.id.toString(),
                                "roles=" + rolesText(roles)))
                        .map(a -> true));
    }

    @WithSession
    public Uni<Boolean> anyActiveAdmin() {
        return staff.activeAdmins().map(admins -> !admins.isEmpty());
    }

    private Uni<StaffAccount> existing(UUID id) {
        return staff.findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("No such staff account"));
    }

    private Uni<Void> requireAnotherActiveAdmin(StaffAccount account) {
        return staff.activeAdmins()
                .invoke(admins -> {
                    if (admins.stream().noneMatch(admin -> !admin.id.equals(account.id))) {
                        throw ProblemException.conflict("At least one active admin must remain");
                    }
                })
                .replaceWithVoid();
    }

    private static void setPassword(StaffAccount account, String hash) {
        account.passwordHash = hash;
        account.passwordChangedAt = OffsetDateTime.now();
        account.revokeTokens();
    }

    private static StaffAccount newAccount(String username, String displayName, String hash, Set<Role> roles) {
        StaffAccount account = new StaffAccount();
        account.id = UUID.randomUUID();
        account.username = username;
        account.displayName = displayName;
        account.passwordHash = hash;
        account.roles = EnumSet.copyOf(roles);
        account.createdAt = OffsetDateTime.now();
        account.passwordChangedAt = account.createdAt;
        return account;
    }

    private static String rolesText(Set<Role> roles) {
        return roles.stream().map(Role::group).sorted().collect(Collectors.joining(","));
    }
}
