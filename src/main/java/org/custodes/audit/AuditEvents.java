package org.custodes.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.custodes.shared.OrganisationId;
import org.custodes.shared.PageQuery;
import org.custodes.shared.PageResult;
import org.custodes.shared.UserId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit table, written only by appending and read with plain SQL. */
@Repository
class AuditEvents {

    /** Any fixed number will do, as long as nothing else takes this advisory lock. */
    private static final long APPEND_LOCK = 0x637573746f646573L; // "custodes" in ASCII

    private static final String COLUMNS = """
            sequence_number, occurred_at, actor_user_id, actor_organisation_id, action, subject, details,
            previous_hash, hash""";

    record Head(long sequenceNumber, String hash) {
    }

    private final JdbcClient jdbc;
    private final JdbcClient streaming;

    AuditEvents(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        var template = new JdbcTemplate(dataSource);
        template.setFetchSize(1000); // inside a transaction PostgreSQL then streams the rows instead of loading them all
        this.streaming = JdbcClient.create(template);
    }

    /**
     * Serialises appends until the caller's transaction ends, so no two writers chain to the same head. It must be
     * taken before reading the head: in READ COMMITTED (the default) the next statement then sees the head the
     * previous holder committed.
     */
    void lockChain() {
        jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", APPEND_LOCK).query().listOfRows();
    }

    Optional<Head> head() {
        return jdbc.sql("select sequence_number, hash from audit.audit_event order by sequence_number desc limit 1")
                .query((row, number) -> new Head(row.getLong(1), row.getString(2))).optional();
    }

    void append(AuditRecord record, String previousHash, String hash) {
        jdbc.sql("insert into audit.audit_event (" + COLUMNS + """
                ) values (:sequence, :occurredAt, :actorUser, :actorOrganisation, :action, :subject, :details,
                    :previousHash, :hash)""")
                .param("sequence", record.sequenceNumber())
                .param("occurredAt", Timestamp.from(record.occurredAt()))
                .param("actorUser", record.actorUserId())
                .param("actorOrganisation", record.actorOrganisationId())
                .param("action", record.action())
                .param("subject", record.subject())
                .param("details", record.details())
                .param("previousHash", previousHash)
                .param("hash", hash)
                .update();
    }

    /** Every row in chain order, one at a time; call inside a transaction so the rows are streamed. */
    void forEachInOrder(Consumer<AuditEntry> action) {
        streaming.sql("select " + COLUMNS + " from audit.audit_event order by sequence_number")
                .query((RowCallbackHandler) row -> action.accept(entry(row, 0)));
    }

    PageResult<AuditEntry> search(AuditFilter filter, PageQuery page) {
        var where = new StringBuilder(" where true");
        var params = new HashMap<String, Object>();
        if (filter.action() != null) {
            where.append(" and action = :action");
            params.put("action", filter.action());
        }
        if (filter.subject() != null) {
            where.append(" and subject like :subject escape '\\'");
            params.put("subject", filter.subject().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.actor() != null) {
            where.append(" and actor_user_id = :actor");
            params.put("actor", filter.actor().value());
        }
        if (filter.from() != null) {
            where.append(" and occurred_at >= :from");
            params.put("from", Timestamp.from(filter.from().atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        if (filter.to() != null) {
            where.append(" and occurred_at < :to");
            params.put("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        var total = jdbc.sql("select count(*) from audit.audit_event" + where).params(params).query(Long.class).single();
        var items = jdbc.sql("select " + COLUMNS + " from audit.audit_event" + where
                        + " order by sequence_number desc limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query(AuditEvents::entry).list();
        return PageResult.of(items, page, total);
    }

    static AuditRecord record(AuditEntry entry) {
        return new AuditRecord(entry.sequenceNumber(), entry.occurredAt(),
                entry.actorUserId() == null ? null : entry.actorUserId().value(),
                entry.actorOrganisationId() == null ? null : entry.actorOrganisationId().value(),
                entry.action(), entry.subject(), entry.details());
    }

    private static AuditEntry entry(ResultSet row, int number) throws SQLException {
        var actorUser = row.getObject("actor_user_id", UUID.class);
        var actorOrganisation = row.getObject("actor_organisation_id", UUID.class);
        return new AuditEntry(row.getLong("sequence_number"), row.getTimestamp("occurred_at").toInstant(),
                actorUser == null ? null : new UserId(actorUser),
                actorOrganisation == null ? null : new OrganisationId(actorOrganisation),
                row.getString("action"), row.getString("subject"), row.getString("details"),
                row.getString("previous_hash"), row.getString("hash"));
    }
}
