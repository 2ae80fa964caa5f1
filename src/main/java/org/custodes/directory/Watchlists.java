package org.custodes.directory;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.custodes.shared.Language;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who follows which company, with the address and language to tell them in. */
@Repository
class Watchlists {

    record Watcher(UserId account, String email, Language language) {
    }

    private final JdbcClient jdbc;

    Watchlists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void follow(UserId account, OrganisationId company, String email, Language language, Instant now) {
        jdbc.sql("""
                insert into directory.watch (account_id, organisation_id, email, language, created_at)
                values (:account, :company, :email, :language, :now)
                on conflict (account_id, organisation_id) do update set email = excluded.email, language = excluded.language
                """)
                .param("account", account.value()).param("company", company.value()).param("email", email)
                .param("language", language.code()).param("now", Timestamp.from(now))
                .update();
    }

    void unfollow(UserId account, OrganisationId company) {
        jdbc.sql("delete from directory.watch where account_id = :account and organisation_id = :company")
                .param("account", account.value()).param("company", company.value()).update();
    }

    boolean follows(UserId account, OrganisationId company) {
        return jdbc.sql("select count(*) from directory.watch where account_id = :account and organisation_id = :company")
                .param("account", account.value()).param("company", company.value()).query(Long.class).single() > 0;
    }

    List<OrganisationId> followed(UserId account) {
        return jdbc.sql("""
                select w.organisation_id from directory.watch w join directory.company c using (organisation_id)
                where w.account_id = :account order by lower(c.legal_name)
                """).param("account", account.value())
                .query((row, n) -> new OrganisationId(row.getObject(1, UUID.class))).list();
    }

    List<Watcher> watchers(OrganisationId company) {
        return jdbc.sql("select account_id, email, language from directory.watch where organisation_id = :company")
                .param("company", company.value())
                .query((row, n) -> new Watcher(new UserId(row.getObject("account_id", UUID.class)), row.getString("email"),
                        Language.fromCode(row.getString("language")).orElse(Language.EN)))
                .list();
    }
}
