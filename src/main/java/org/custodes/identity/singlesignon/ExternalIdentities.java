package org.custodes.identity.singlesignon;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.custodes.identity.ExternalIdentityLink;
import org.custodes.shared.UserId;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The links of provider identities to accounts; a decision changes a pending link only, once (optimistic lock). */
@Repository
public class ExternalIdentities {

    /** A stored link: its state and the account it points at. */
    record Stored(UUID id, long version, UserId account, ExternalIdentityLink.Status status) {
    }

    private final JdbcClient jdbc;

    ExternalIdentities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String STORED = "select id, version, account_id, status from identity.external_identity where ";
    private static final RowMapper<Stored> STORED_ROW = (row, n) -> new Stored(row.getObject("id", UUID.class),
            row.getLong("version"), new UserId(row.getObject("account_id", UUID.class)),
            ExternalIdentityLink.Status.valueOf(row.getString("status")));

    Optional<Stored> find(String issuer, String subject) {
        return jdbc.sql(STORED + "issuer = :issuer and subject = :subject").param("issuer", issuer)
                .param("subject", subject).query(STORED_ROW).optional();
    }

    Optional<Stored> find(UUID id) {
        return jdbc.sql(STORED + "id = :id").param("id", id).query(STORED_ROW).optional();
    }

    /** Records a request; false when one for this issuer and subject exists already (a concurrent first sign-in). */
    public boolean request(UUID id, String issuer, String subject, UserId account, String email, Instant now) {
        return jdbc.sql("""
                insert into identity.external_identity (id, version, issuer, subject, account_id, email, status, requested_at)
                values (:id, 0, :issuer, :subject, :account, :email, 'PENDING', :now)
                on conflict (issuer, subject) do nothing
                """).param("id", id).param("issuer", issuer).param("subject", subject).param("account", account.value())
                .param("email", email).param("now", Timestamp.from(now)).update() == 1;
    }

    /** Approves or refuses a pending link at the version read; false when someone decided first. */
    boolean decide(Stored link, ExternalIdentityLink.Status decision, UserId by, Instant now) {
        return jdbc.sql("""
                update identity.external_identity set status = :status, decided_at = :now, decided_by = :by,
                    version = version + 1
                where id = :id and version = :version and status = 'PENDING'
                """).param("status", decision.name()).param("now", Timestamp.from(now)).param("by", by.value())
                .param("id", link.id()).param("version", link.version()).update() == 1;
    }

    List<ExternalIdentityLink> withStatus(ExternalIdentityLink.Status status) {
        return jdbc.sql("""
                select l.id, l.issuer, l.subject, l.account_id, a.display_name, a.email as account_email, l.email,
                    l.status, l.requested_at
                from identity.external_identity l join identity.account a on a.id = l.account_id
                where l.status = :status order by l.requested_at, l.id
                """).param("status", status.name())
                .query((row, n) -> new ExternalIdentityLink(row.getObject("id", UUID.class), row.getString("issuer"),
                        row.getString("subject"), new UserId(row.getObject("account_id", UUID.class)),
                        row.getString("display_name"), row.getString("account_email"), row.getString("email"),
                        ExternalIdentityLink.Status.valueOf(row.getString("status")),
                        row.getTimestamp("requested_at").toInstant()))
                .list();
    }
}
