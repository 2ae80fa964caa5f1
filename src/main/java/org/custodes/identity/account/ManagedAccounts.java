package org.custodes.identity.account;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.custodes.identity.AccountSummary;
import org.custodes.identity.Role;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.Rows;
import org.custodes.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The administration side of accounts: listing an organisation's people, their roles, status and password. */
@Repository
public class ManagedAccounts {

    /** An account with what administration decisions need. */
    record Managed(UserId id, OrganisationId organisation, String email, Set<Role> roles, boolean active) {
    }

    private final JdbcClient jdbc;

    ManagedAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Managed> find(UserId id) {
        return jdbc.sql("select id, organisation_id, email, status from identity.account where id = :id")
                .param("id", id.value())
                .query((row, n) -> new Managed(id, new OrganisationId(row.getObject("organisation_id", UUID.class)),
                        row.getString("email"), roles(id.value()), "ACTIVE".equals(row.getString("status"))))
                .optional();
    }

    public List<AccountSummary> ofOrganisation(OrganisationId organisation) {
        var roles = new HashMap<UUID, Set<Role>>();
        jdbc.sql("""
                select r.account_id, r.role from identity.account_role r join identity.account a on a.id = r.account_id
                where a.organisation_id = :organisation
                """).param("organisation", organisation.value())
                .query((row, n) -> Map.entry(row.getObject("account_id", UUID.class), Role.valueOf(row.getString("role"))))
                .list().forEach(entry -> roles.computeIfAbsent(entry.getKey(), k -> EnumSet.noneOf(Role.class)).add(entry.getValue()));
        return jdbc.sql("""
                select id, email, display_name, status, last_sign_in_at from identity.account
                where organisation_id = :organisation order by lower(display_name), id
                """).param("organisation", organisation.value())
                .query((row, n) -> {
                    var id = row.getObject("id", UUID.class);
                    return new AccountSummary(new UserId(id), row.getString("email"), row.getString("display_name"),
                            Set.copyOf(roles.getOrDefault(id, EnumSet.noneOf(Role.class))),
                            "ACTIVE".equals(row.getString("status")), Rows.instant(row.getTimestamp("last_sign_in_at")));
                })
                .list();
    }

    void replaceRoles(UserId id, Set<Role> roles) {
        jdbc.sql("delete from identity.account_role where account_id = :id").param("id", id.value()).update();
        for (var role : roles) {
            jdbc.sql("insert into identity.account_role (account_id, role) values (:id, :role)")
                    .param("id", id.value()).param("role", role.name()).update();
        }
        bumpVersion(id);
    }

    void setActive(UserId id, boolean active) {
        jdbc.sql("update identity.account set status = :status, version = version + 1 where id = :id")
                .param("status", active ? "ACTIVE" : "DISABLED").param("id", id.value()).update();
    }

    public void setPasswordHash(UUID id, String passwordHash) {
        jdbc.sql("update identity.account set password_hash = :hash, version = version + 1 where id = :id")
                .param("hash", passwordHash).param("id", id).update();
    }

    private void bumpVersion(UserId id) {
        jdbc.sql("update identity.account set version = version + 1 where id = :id").param("id", id.value()).update();
    }

    private Set<Role> roles(UUID id) {
        var roles = EnumSet.noneOf(Role.class);
        jdbc.sql("select role from identity.account_role where account_id = :id").param("id", id)
                .query(String.class).list().forEach(role -> roles.add(Role.valueOf(role)));
        return Set.copyOf(roles);
    }
}
