package org.custodes.identity.signin;

import java.sql.Timestamp;

import org.custodes.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Throttles sign-in attempts (passwords and second-factor codes) per client address (in memory) and per account
 * (in PostgreSQL, so every node refuses a locked account), and records each refusal as a security event.
 */
@Component
public class SignInAttempts {

    private final JdbcClient jdbc;
    private final LockoutPolicy policy;
    private final ClientThrottle clients;
    private final SecurityEvents events;

    SignInAttempts(JdbcClient jdbc, LockoutPolicy policy, ClientThrottle clients, SecurityEvents events) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.clients = clients;
        this.events = events;
    }

    /** Takes one attempt from the client's allowance; a refusal is recorded. */
    public boolean clientMayTry(String clientAddress, @Nullable UserId account) {
        if (clients.tryAttempt(clientAddress)) {
            return true;
        }
        events.publish(new SignInFailed(account, SignInFailed.Reason.CLIENT_THROTTLED));
        return false;
    }

    @Transactional(readOnly = true)
    public boolean locked(UserId account) {
        return policy.locked(record(account, false));
    }

    /** A refusal that does not count towards a lock-out (unknown address, disabled or already locked account). */
    public void refused(@Nullable UserId account, SignInFailed.Reason reason) {
        events.publish(new SignInFailed(account, reason));
    }

    /** A wrong password or code: it counts, and may lock the account. */
    @Transactional
    public void failed(UserId account, SignInFailed.Reason reason) {
        var before = record(account, true);
        var after = policy.afterFailure(before);
        jdbc.sql("""
                update identity.sign_in_lockout set failures = :failures, lockouts = :lockouts, locked_until = :until
                where account_id = :id
                """).param("failures", after.failures()).param("lockouts", after.lockouts())
                .param("until", after.lockedUntil() == null ? null : Timestamp.from(after.lockedUntil()))
                .param("id", account.value()).update();
        events.publish(new SignInFailed(account, reason));
        if (after.lockouts() > before.lockouts()) {
            events.publish(new AccountLockedOut(account, after.lockedUntil()));
        }
    }

    /** A complete sign-in forgives earlier failures and lock-outs. */
    @Transactional
    void succeeded(UserId account) {
        jdbc.sql("delete from identity.sign_in_lockout where account_id = :id").param("id", account.value()).update();
    }

    private LockoutPolicy.Record record(UserId account, boolean forUpdate) {
        if (forUpdate) {
            // The row is created first, then locked, so concurrent failures on several nodes are counted one by one.
            jdbc.sql("insert into identity.sign_in_lockout (account_id) values (:id) on conflict do nothing")
                    .param("id", account.value()).update();
        }
        return jdbc.sql("select failures, lockouts, locked_until from identity.sign_in_lockout where account_id = :id"
                        + (forUpdate ? " for update" : ""))
                .param("id", account.value())
                .query((row, n) -> new LockoutPolicy.Record(row.getInt("failures"), row.getInt("lockouts"),
                        row.getTimestamp("locked_until") == null ? null : row.getTimestamp("locked_until").toInstant()))
                .optional().orElse(LockoutPolicy.Record.CLEAN);
    }
}
