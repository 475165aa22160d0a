package no.samtale.identity;

import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class StaffRepository implements PanacheRepositoryBase<StaffAccount, UUID> {

    public Uni<StaffAccount> findByUsername(String username) {
        return find("lower(username) = lower(?1)", username).firstResult();
    }

    public Uni<List<StaffAccount>> listByUsername() {
        return listAll(Sort.by("username"));
    }

    /** Staff lists are short (tens of accounts), so the role test runs here rather than in SQL. */
    public Uni<List<StaffAccount>> activeAdmins() {
        return list("disabled = false").map(active -> active.stream().filter(a -> a.roles.contains(Role.ADMIN)).toList());
    }
}
