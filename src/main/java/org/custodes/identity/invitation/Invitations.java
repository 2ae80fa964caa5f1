package org.custodes.identity.invitation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.custodes.identity.InvitationId;
import org.custodes.identity.Role;
import org.custodes.shared.Language;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.Rows;
import org.custodes.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Invitations, found by the hash of their secret. */
@Repository
public class Invitations {

    private final JdbcClient jdbc;

    Invitations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Invitation invitation, String tokenHash, @Nullable UserId invitedBy) {
        jdbc.sql("""
                insert into identity.invitation (id, organisation_id, email, display_name, language, roles, token_hash,
                    invited_by, created_at, expires_at)
                values (:id, :organisation, :email, :name, :language, :roles, :hash, :invitedBy, :createdAt, :expiresAt)
                """)
                .param("id", invitation.id()).param("organisation", invitation.organisation().value())
                .param("email", invitation.email()).param("name", invitation.displayName())
                .param("language", invitation.language().code())
                .param("roles", invitation.roles().stream().map(Enum::name).sorted().toArray(String[]::new))
                .param("hash", tokenHash).param("invitedBy", invitedBy == null ? null : invitedBy.value())
                .param("createdAt", Timestamp.from(invitation.createdAt()))
                .param("expiresAt", Timestamp.from(invitation.expiresAt()))
                .update();
    }

    Optional<Invitation> findByTokenHash(String tokenHash) {
        return jdbc.sql("select * from identity.invitation where token_hash = :hash").param("hash", tokenHash)
                .query(Invitations::invitation).optional();
    }

    List<Invitation> pending(OrganisationId organisation, Instant now) {
        return jdbc.sql("""
                select * from identity.invitation
                where organisation_id = :organisation and accepted_at is null and revoked_at is null and expires_at > :now
                order by created_at desc
                """).param("organisation", organisation.value()).param("now", Timestamp.from(now))
                .query(Invitations::invitation).list();
    }

    boolean pendingFor(String email, Instant now) {
        return jdbc.sql("""
                select count(*) from identity.invitation
                where lower(email) = lower(:email) and accepted_at is null and revoked_at is null and expires_at > :now
                """).param("email", email).param("now", Timestamp.from(now)).query(Long.class).single() > 0;
    }

    /** Marks the invitation used; false when another request used or revoked it first. */
    boolean markAccepted(UUID id, UserId account, Instant now) {
        return jdbc.sql("""
                update identity.invitation set accepted_at = :now, account_id = :account
                where id = :id and accepted_at is null and revoked_at is null and expires_at > :now
                """).param("id", id).param("account", account.value()).param("now", Timestamp.from(now)).update() == 1;
    }

    /** Revokes a pending invitation of that organisation; false when there is none. */
    boolean revoke(InvitationId id, OrganisationId organisation, Instant now) {
        return jdbc.sql("""
                update identity.invitation set revoked_at = :now
                where id = :id and organisation_id = :organisation and accepted_at is null and revoked_at is null
                """).param("id", id.value()).param("organisation", organisation.value())
                .param("now", Timestamp.from(now)).update() == 1;
    }

    private static Invitation invitation(ResultSet row, int number) throws SQLException {
        return new Invitation(row.getObject("id", UUID.class),
                new OrganisationId(row.getObject("organisation_id", UUID.class)),
                row.getString("email"), row.getString("display_name"),
                Language.fromCode(row.getString("language")).orElse(Language.EN),
                Arrays.stream((String[]) row.getArray("roles").getArray()).map(Role::valueOf).collect(Collectors.toSet()),
                row.getTimestamp("created_at").toInstant(), row.getTimestamp("expires_at").toInstant(),
                Rows.instant(row.getTimestamp("accepted_at")), Rows.instant(row.getTimestamp("revoked_at")));
    }
}
