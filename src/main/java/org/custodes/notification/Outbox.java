package org.custodes.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.custodes.shared.Language;
import org.custodes.shared.PageQuery;
import org.custodes.shared.PageResult;
import org.custodes.shared.Rows;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The outbox table as the relay and the outbox page use it. Each method is one statement, committed on its own. */
@Repository
class Outbox {

    private static final TypeReference<Map<String, String>> PARAMETERS = new TypeReference<>() {
    };

    /** A message as the outbox holds it, before rendering. */
    record StoredMessage(UUID id, String recipient, Language language, String template, Map<String, String> parameters,
            MessageStatus status, int attempts, Instant createdAt, Instant nextAttemptAt, @Nullable Instant sentAt,
            @Nullable String lastError) {

        /** The same for every send of this message, so receivers can drop a duplicate. */
        String messageId() {
            return "<" + id + "@custodes>";
        }
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Outbox(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Queues a message in the caller's transaction: it leaves only if that transaction commits. */
    UUID enqueue(OutgoingMessage message, Instant now) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into notification.outbox_message (id, recipient, language, template, parameters, status,
                    attempts, next_attempt_at, created_at)
                values (:id, :recipient, :language, :template, cast(:parameters as jsonb), 'PENDING', 0, :now, :now)
                """)
                .param("id", id).param("recipient", message.recipient()).param("language", message.language().code())
                .param("template", message.template()).param("parameters", json.writeValueAsString(message.parameters()))
                .param("now", Timestamp.from(now))
                .update();
        return id;
    }

    /**
     * Claims up to {@code limit} due messages and commits the claim before anything is sent: PENDING ones whose time
     * has come, and SENDING ones claimed before {@code stuckBefore} (their sender died; that try counts as an
     * attempt). SKIP LOCKED lets two relays claim disjoint batches.
     */
    List<StoredMessage> claim(Instant now, Instant stuckBefore, int limit) {
        return jdbc.sql("""
                        update notification.outbox_message m
                        set status = 'SENDING', claimed_at = :now,
                            attempts = case when m.status = 'SENDING' then m.attempts + 1 else m.attempts end
                        from (select id from notification.outbox_message
                              where (status = 'PENDING' and next_attempt_at <= :now)
                                 or (status = 'SENDING' and claimed_at < :stuckBefore)
                              order by next_attempt_at
                              limit :limit
                              for update skip locked) due
                        where m.id = due.id
                        returning m.*""")
                .param("now", Timestamp.from(now)).param("stuckBefore", Timestamp.from(stuckBefore))
                .param("limit", limit)
                .query(this::message).list();
    }

    void markSent(UUID id, Instant now) {
        jdbc.sql("""
                update notification.outbox_message set status = 'SENT', sent_at = :now, claimed_at = null
                where id = :id and status = 'SENDING'""")
                .param("id", id).param("now", Timestamp.from(now)).update();
    }

    void markFailed(UUID id, MessageStatus status, int attempts, Instant nextAttemptAt, String error) {
        jdbc.sql("""
                update notification.outbox_message
                set status = :status, attempts = :attempts, next_attempt_at = :next, last_error = :error, claimed_at = null
                where id = :id and status = 'SENDING'""")
                .param("id", id).param("status", status.name()).param("attempts", attempts)
                .param("next", Timestamp.from(nextAttemptAt)).param("error", error).update();
    }

    /** Without SMTP nothing can be sent: waiting messages are held for the outbox page instead of retried. */
    int holdPending() {
        return jdbc.sql("update notification.outbox_message set status = 'HELD' where status = 'PENDING'").update();
    }

    /** Once SMTP is configured, held messages become due now, keeping their attempts. */
    int releaseHeld(Instant now) {
        return jdbc.sql("update notification.outbox_message set status = 'PENDING', next_attempt_at = :now where status = 'HELD'")
                .param("now", Timestamp.from(now)).update();
    }

    PageResult<StoredMessage> page(PageQuery page) {
        var total = jdbc.sql("select count(*) from notification.outbox_message").query(Long.class).single();
        var items = jdbc.sql("""
                        select * from notification.outbox_message
                        order by created_at desc, id limit :limit offset :offset""")
                .param("limit", page.size()).param("offset", page.offset())
                .query(this::message).list();
        return PageResult.of(items, page, total);
    }

    private StoredMessage message(ResultSet row, int number) throws SQLException {
        return new StoredMessage(row.getObject("id", UUID.class), row.getString("recipient"),
                Language.fromCode(row.getString("language")).orElse(Language.EN), row.getString("template"),
                json.readValue(row.getString("parameters"), PARAMETERS),
                MessageStatus.valueOf(row.getString("status")), row.getInt("attempts"),
                row.getTimestamp("created_at").toInstant(), row.getTimestamp("next_attempt_at").toInstant(),
                Rows.instant(row.getTimestamp("sent_at")), row.getString("last_error"));
    }
}
