package org.custodes.identity.account;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.custodes.identity.AccountContact;
import org.custodes.identity.Role;
import org.custodes.identity.SignedInUser;
import org.custodes.shared.Language;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accounts, their roles and the permissions those roles carry. */
@Repository
public class Accounts {

    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, OrganisationId organisation, String email, String displayName, Language language,
            String passwordHash, Set<Role> roles, Instant now) {
        jdbc.sql("""
                insert into identity.account (id, version, organisation_id, email, display_name, password_hash, language,
                    status, created_at)
                values (:id, 0, :organisation, :email, :name, :hash, :language, 'ACTIVE', :now)
                """)
                .param("id", id).param("organisation", organisation.value()).param("email", email)
                .param("name", displayName).param("hash", passwordHash).param("language", language.code())
                .param("now", Timestamp.from(now))
                .update();
        for (var role : roles) {
            jdbc.sql("insert into identity.account_role (account_id, role) values (:id, :role)")
                    .param("id", id).param("role", role.name()).update();
        }
    }

    public boolean emailTaken(String email) {
        return jdbc.sql("select count(*) from identity.account where lower(email) = lower(:email)")
                .param("email", email).query(Long.class).single() > 0;
    }

    public Optional<SignedInUser> findByEmail(String email) {
        return find("lower(email) = lower(:key)", email);
    }

    public Optional<SignedInUser> findById(UserId id) {
        return find("id = :key", id.value());
    }

    private Optional<SignedInUser> find(String condition, Object key) {
        return jdbc.sql("select * from identity.account where " + condition).param("key", key)
                .query((row, n) -> new Object[] { row.getObject("id", UUID.class), row.getObject("organisation_id", UUID.class),
                        row.getString("email"), row.getString("display_name"), row.getString("language"),
                        row.getString("status"), row.getString("password_hash") })
                .optional()
                .map(this::user);
    }

    private SignedInUser user(Object[] row) {
        var id = (UUID) row[0];
        var roles = new HashSet<Role>();
        jdbc.sql("select role from identity.account_role where account_id = :id").param("id", id)
                .query(String.class).list().forEach(r -> roles.add(Role.valueOf(r)));
        var permissions = Set.copyOf(jdbc.sql("""
                select distinct permission from identity.role_permission
                where role in (select role from identity.account_role where account_id = :id)
                """).param("id", id).query(String.class).list());
        return new SignedInUser(new UserId(id), new OrganisationId((UUID) row[1]), (String) row[2], (String) row[3],
                Language.fromCode((String) row[4]).orElse(Language.EN), roles, permissions,
                "ACTIVE".equals(row[5]), (String) row[6]);
    }

    public java.util.List<AccountContact> contactsOf(OrganisationId organisation) {
        return jdbc.sql("""
                select email, language from identity.account
                where organisation_id = :organisation and status = 'ACTIVE' order by email
                """).param("organisation", organisation.value())
                .query((row, n) -> new AccountContact(row.getString("email"),
                        Language.fromCode(row.getString("language")).orElse(Language.EN)))
                .list();
    }

    public void recordSignIn(UserId id, Instant now) {
        jdbc.sql("update identity.account set last_sign_in_at = :now where id = :id")
                .param("now", Timestamp.from(now)).param("id", id.value()).update();
    }
}
