package org.custodes.identity.apitoken;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.custodes.identity.ApiTokenId;
import org.custodes.identity.ApiTokenSummary;
import org.custodes.shared.PageQuery;
import org.custodes.shared.Rows;
import org.custodes.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Personal API tokens, stored as hashes with a short visible prefix. */
@Repository
public class ApiTokens {

    /** Last use is recorded at most this often, so that a busy client does not write on every request. */
    static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);

    /** What the bearer filter needs to decide, read in one query. */
    public record Holder(UUID tokenId, String email, boolean accountActive, @Nullable Instant expiresAt,
            @Nullable Instant revokedAt) {

        public boolean usableAt(Instant now) {
            return accountActive && revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
        }
    }

    private final JdbcClient jdbc;

    ApiTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ApiTokenSummary token, UserId account, String tokenHash) {
        jdbc.sql("""
                insert into identity.api_token (id, account_id, name, prefix, token_hash, created_at, expires_at)
                values (:id, :account, :name, :prefix, :hash, :createdAt, :expiresAt)
                """).param("id", token.id().value()).param("account", account.value()).param("name", token.name())
                .param("prefix", token.prefix()).param("hash", tokenHash)
                .param("createdAt", Timestamp.from(token.createdAt()))
                .param("expiresAt", token.expiresAt() == null ? null : Timestamp.from(token.expiresAt()))
                .update();
    }

    Optional<Holder> findHolder(String tokenHash) {
        return jdbc.sql("""
                select t.id, a.email, a.status, t.expires_at, t.revoked_at
                from identity.api_token t join identity.account a on a.id = t.account_id
                where t.token_hash = :hash
                """).param("hash", tokenHash)
                .query((row, n) -> new Holder(row.getObject("id", UUID.class), row.getString("email"),
                        "ACTIVE".equals(row.getString("status")), Rows.instant(row.getTimestamp("expires_at")),
                        Rows.instant(row.getTimestamp("revoked_at"))))
                .optional();
    }

    void recordUse(UUID tokenId, Instant now) {
        jdbc.sql("""
                update identity.api_token set last_used_at = :now
                where id = :id and (last_used_at is null or last_used_at <= :threshold)
                """).param("id", tokenId).param("now", Timestamp.from(now))
                .param("threshold", Timestamp.from(now.minus(LAST_USE_RESOLUTION))).update();
    }

    /** The account's tokens that still count: neither revoked nor expired. */
    List<ApiTokenSummary> active(UserId account, Instant now, PageQuery page) {
        return jdbc.sql("""
                select * from identity.api_token
                where account_id = :account and revoked_at is null and (expires_at is null or expires_at > :now)
                order by created_at desc, id limit :limit offset :offset
                """).param("account", account.value()).param("now", Timestamp.from(now))
                .param("limit", page.size()).param("offset", page.offset())
                .query(ApiTokens::summary).list();
    }

    long countActive(UserId account, Instant now) {
        return jdbc.sql("""
                select count(*) from identity.api_token
                where account_id = :account and revoked_at is null and (expires_at is null or expires_at > :now)
                """).param("account", account.value()).param("now", Timestamp.from(now)).query(Long.class).single();
    }

    /** Revokes one of the account's own tokens; false when the account holds no such live token. */
    boolean revoke(ApiTokenId id, UserId account, Instant now) {
        return jdbc.sql("""
                update identity.api_token set revoked_at = :now
                where id = :id and account_id = :account and revoked_at is null
                """).param("id", id.value()).param("account", account.value()).param("now", Timestamp.from(now))
                .update() == 1;
    }

    private static ApiTokenSummary summary(ResultSet row, int number) throws SQLException {
        return new ApiTokenSummary(new ApiTokenId(row.getObject("id", UUID.class)), row.getString("name"),
                row.getString("prefix"), row.getTimestamp("created_at").toInstant(),
                Rows.instant(row.getTimestamp("last_used_at")), Rows.instant(row.getTimestamp("expires_at")));
    }
}
