package org.custodes.identity.passwordreset;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.custodes.shared.Rows;

/** Password-reset requests, found by the hash of their secret. */
@Repository
class PasswordResets {

    private final JdbcClient jdbc;

    PasswordResets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID account, String tokenHash, Instant now, Instant expiresAt) {
        jdbc.sql("""
                insert into identity.password_reset (id, account_id, token_hash, created_at, expires_at)
                values (:id, :account, :hash, :now, :expiresAt)
                """).param("id", id).param("account", account).param("hash", tokenHash)
                .param("now", Timestamp.from(now)).param("expiresAt", Timestamp.from(expiresAt)).update();
    }

    Optional<PasswordReset> findByTokenHash(String tokenHash) {
        return jdbc.sql("""
                select r.id, r.account_id, a.email, r.expires_at, r.used_at
                from identity.password_reset r join identity.account a on a.id = r.account_id
                where r.token_hash = :hash
                """).param("hash", tokenHash)
                .query((row, n) -> new PasswordReset(row.getObject("id", UUID.class),
                        row.getObject("account_id", UUID.class), row.getString("email"),
                        row.getTimestamp("expires_at").toInstant(), Rows.instant(row.getTimestamp("used_at"))))
                .optional();
    }

    /** Uses the reset and every other open reset of the account; false when another request used it first. */
    boolean markUsed(PasswordReset reset, Instant now) {
        var used = jdbc.sql("update identity.password_reset set used_at = :now where id = :id and used_at is null")
                .param("id", reset.id()).param("now", Timestamp.from(now)).update() == 1;
        jdbc.sql("update identity.password_reset set used_at = :now where account_id = :account and used_at is null")
                .param("account", reset.account()).param("now", Timestamp.from(now)).update();
        return used;
    }
}
