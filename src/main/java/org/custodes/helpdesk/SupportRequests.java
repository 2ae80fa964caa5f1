package org.custodes.helpdesk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.custodes.shared.Language;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.Rows;
import org.custodes.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Support requests with their thread and notes, sealed at rest; saving one checks its version, adds its new messages
 * and notes and publishes its events in the same transaction.
 */
@Repository
class SupportRequests {

    /** The queue's filters; a null filter keeps every value. */
    record Filter(@Nullable SupportCategory category, @Nullable SupportStatus status, @Nullable UserId assignee) {
    }

    private static final String SUMMARY = """
            select id, organisation_id, category, subject_sealed, status, language, assignee_id, asked_at,
                first_answer_due, first_answered_at from helpdesk.support_request
            """;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final HelpdeskSeal seal;

    SupportRequests(JdbcClient jdbc, ApplicationEventPublisher events, HelpdeskSeal seal) {
        this.jdbc = jdbc;
        this.events = events;
        this.seal = seal;
    }

    Optional<SupportRequest> find(SupportRequestId id) {
        var messages = jdbc.sql("select * from helpdesk.support_message where request_id = :id order by posted_at, id")
                .param("id", id.value())
                .query((row, n) -> new SupportMessage(SupportMessage.Side.valueOf(row.getString("side")),
                        new UserId(row.getObject("author_id", UUID.class)),
                        seal.open(id, "message/" + row.getObject("id", UUID.class), row.getBytes("text_sealed")),
                        instant(row, "posted_at")))
                .list();
        var notes = jdbc.sql("select * from helpdesk.internal_note where request_id = :id order by noted_at, id")
                .param("id", id.value())
                .query((row, n) -> new InternalNote(new UserId(row.getObject("author_id", UUID.class)),
                        seal.open(id, "note/" + row.getObject("id", UUID.class), row.getBytes("text_sealed")),
                        instant(row, "noted_at")))
                .list();
        return jdbc.sql("select * from helpdesk.support_request where id = :id").param("id", id.value())
                .query((row, n) -> request(row, messages, notes)).optional();
    }

    /** An organisation's requests, the latest first. */
    List<SupportRequestSummary> of(OrganisationId organisation, Instant now) {
        return jdbc.sql(SUMMARY + " where organisation_id = :organisation order by asked_at desc, id")
                .param("organisation", organisation.value()).query((row, n) -> summary(row, now)).list();
    }

    /**
     * The secretariat's queue: overdue first, then those open (its turn), then those waiting for the requester or
     * answered, closed ones last; within each, by the first answer's due time.
     */
    List<SupportRequestSummary> queue(Filter filter, Instant now) {
        return jdbc.sql(SUMMARY + """
                 where (cast(:category as text) is null or category = :category)
                   and (cast(:status as text) is null or status = :status)
                   and (cast(:assignee as uuid) is null or assignee_id = :assignee)
                 order by case when first_answered_at is null and status <> 'CLOSED' and first_answer_due < :now
                     then 0 when status = 'OPEN' then 1 when status = 'CLOSED' then 3 else 2 end, first_answer_due, id
                """)
                .param("category", filter.category() == null ? null : filter.category().name())
                .param("status", filter.status() == null ? null : filter.status().name())
                .param("assignee", filter.assignee() == null ? null : filter.assignee().value())
                .param("now", Timestamp.from(now)).query((row, n) -> summary(row, now)).list();
    }

    /** How many requests wait for the secretariat (open), and how many of them are past their first answer's due. */
    long[] waiting(Instant now) {
        return jdbc.sql("""
                select count(*), count(*) filter (where first_answered_at is null and first_answer_due < :now)
                from helpdesk.support_request where status = 'OPEN'
                """).param("now", Timestamp.from(now))
                .query((row, n) -> new long[] { row.getLong(1), row.getLong(2) }).single();
    }

    boolean any() {
        return jdbc.sql("select exists (select 1 from helpdesk.support_request)").query(Boolean.class).single();
    }

    @Nullable Instant nextDue() {
        return jdbc.sql("""
                select min(first_answer_due) from helpdesk.support_request
                where status = 'OPEN' and first_answered_at is null
                """).query((row, n) -> {
                    var due = row.getTimestamp(1);
                    return due == null ? null : due.toInstant();
                }).optional().orElse(null);
    }

    void insert(SupportRequest request) {
        var id = request.id();
        jdbc.sql("""
                insert into helpdesk.support_request (id, requester_id, organisation_id, category, subject_sealed,
                    question_sealed, reply_to_sealed, language, status, asked_at, first_answer_due, version)
                values (:id, :requester, :organisation, :category, :subject, :question, :replyTo, :language, :status,
                    :askedAt, :due, :version)
                """)
                .param("id", id.value()).param("requester", request.requester().value())
                .param("organisation", request.organisation().value()).param("category", request.category().name())
                .param("subject", seal.seal(id, "subject", request.subject()))
                .param("question", seal.seal(id, "question", request.question()))
                .param("replyTo", seal.seal(id, "reply-to", request.replyTo()))
                .param("language", request.language().name()).param("status", request.status().name())
                .param("askedAt", Timestamp.from(request.askedAt()))
                .param("due", Timestamp.from(request.firstAnswerDue()))
                .param("version", request.version() + 1) // what the request expects once written
                .update();
        written(request);
    }

    void save(SupportRequest request) {
        var rows = jdbc.sql("""
                update helpdesk.support_request set status = :status, assignee_id = :assignee,
                    first_answered_at = :firstAnswered, closed_at = :closed, version = version + 1
                where id = :id and version = :version
                """)
                .param("status", request.status().name())
                .param("assignee", request.assignee() == null ? null : request.assignee().value())
                .param("firstAnswered", timestamp(request.firstAnsweredAt()))
                .param("closed", timestamp(request.closedAt()))
                .param("id", request.id().value()).param("version", request.version()).update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("support request " + request.id() + " was changed by someone else");
        }
        written(request);
    }

    private void written(SupportRequest request) {
        var id = request.id();
        for (var message : request.newMessages()) {
            var messageId = UUID.randomUUID();
            jdbc.sql("""
                    insert into helpdesk.support_message (id, request_id, side, author_id, text_sealed, posted_at)
                    values (:id, :request, :side, :author, :text, :at)
                    """).param("id", messageId).param("request", id.value()).param("side", message.side().name())
                    .param("author", message.author().value())
                    .param("text", seal.seal(id, "message/" + messageId, message.text()))
                    .param("at", Timestamp.from(message.postedAt())).update();
        }
        for (var note : request.newNotes()) {
            var noteId = UUID.randomUUID();
            jdbc.sql("""
                    insert into helpdesk.internal_note (id, request_id, author_id, text_sealed, noted_at)
                    values (:id, :request, :author, :text, :at)
                    """).param("id", noteId).param("request", id.value()).param("author", note.author().value())
                    .param("text", seal.seal(id, "note/" + noteId, note.text()))
                    .param("at", Timestamp.from(note.notedAt())).update();
        }
        request.stored();
        request.pendingEvents().forEach(events::publishEvent);
        request.saved();
    }

    private SupportRequestSummary summary(ResultSet row, Instant now) throws SQLException {
        var id = new SupportRequestId(row.getObject("id", UUID.class));
        var status = SupportStatus.valueOf(row.getString("status"));
        var due = instant(row, "first_answer_due");
        var answered = Rows.instant(row, "first_answered_at");
        return new SupportRequestSummary(id, new OrganisationId(row.getObject("organisation_id", UUID.class)),
                SupportCategory.valueOf(row.getString("category")),
                seal.open(id, "subject", row.getBytes("subject_sealed")), status,
                Language.valueOf(row.getString("language")), user(row, "assignee_id"), instant(row, "asked_at"), due,
                answered, answered == null && status != SupportStatus.CLOSED && now.isAfter(due));
    }

    private SupportRequest request(ResultSet row, List<SupportMessage> messages, List<InternalNote> notes)
            throws SQLException {
        var id = new SupportRequestId(row.getObject("id", UUID.class));
        return new SupportRequest(id.value(), new UserId(row.getObject("requester_id", UUID.class)),
                new OrganisationId(row.getObject("organisation_id", UUID.class)),
                SupportCategory.valueOf(row.getString("category")),
                seal.open(id, "subject", row.getBytes("subject_sealed")),
                seal.open(id, "question", row.getBytes("question_sealed")),
                Language.valueOf(row.getString("language")),
                seal.open(id, "reply-to", row.getBytes("reply_to_sealed")), instant(row, "asked_at"),
                instant(row, "first_answer_due"), Rows.instant(row, "first_answered_at"),
                SupportStatus.valueOf(row.getString("status")), user(row, "assignee_id"),
                Rows.instant(row, "closed_at"), messages, notes, row.getLong("version"));
    }

    private static @Nullable UserId user(ResultSet row, String column) throws SQLException {
        var id = row.getObject(column, UUID.class);
        return id == null ? null : new UserId(id);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getTimestamp(column).toInstant();
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
