package org.custodes.shared;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where the public, read-only queries go (the directory, its profiles and the verification API): a streaming replica
 * of the primary when {@code custodes.db.replica-url} names one, else the primary itself. A replica lags the primary
 * by its replication delay, so only answers for the public that may be a moment old read here; nothing that a user
 * has just changed and expects to see, and never a read before a write, goes through it. Each query runs on its own
 * connection, outside the caller's transaction.
 */
public final class ReadReplica {

    private final JdbcTemplate plain;
    private final JdbcClient jdbc;
    private final boolean separate;

    public ReadReplica(JdbcTemplate plain, boolean separate) {
        this.plain = plain;
        this.jdbc = JdbcClient.create(plain);
        this.separate = separate;
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

    /** Plain JDBC with positional parameters, for a hot path. */
    public JdbcTemplate plain() {
        return plain;
    }

    /** Whether a replica of its own is configured (false: the public reads go to the primary). */
    public boolean separate() {
        return separate;
    }
}
