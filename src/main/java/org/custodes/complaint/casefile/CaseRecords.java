package org.custodes.complaint.casefile;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The sealed records that hang off a case: messages, attachments, internal notes and identity requests. */
@Repository
public class CaseRecords {

    public enum Author { COMPLAINANT, HANDLER }

    public record SealedMessage(UUID id, Author author, LocalDate sentOn, byte[] body) {
    }

    public record SealedAttachment(UUID id, @Nullable UUID messageId, String mediaType, byte[] name) {
    }

    public record SealedNote(UUID id, UUID authorId, LocalDate writtenOn, byte[] body) {
    }

    public record IdentityRequest(UUID id, UUID caseId, UUID requestedBy, LocalDate requestedOn, String status,
            @Nullable UUID decidedBy) {
    }

    private final JdbcClient jdbc;

    CaseRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insertMessage(UUID id, UUID caseId, Author author, LocalDate sentOn, byte[] body) {
        jdbc.sql("insert into complaint.case_message (id, case_id, author, sent_on, body) values (:id, :case, :author, :on, :body)")
                .param("id", id).param("case", caseId).param("author", author.name()).param("on", Date.valueOf(sentOn))
                .param("body", body).update();
    }

    public List<SealedMessage> messages(UUID caseId) {
        return jdbc.sql("select id, author, sent_on, body from complaint.case_message where case_id = :case order by position")
                .param("case", caseId)
                .query((row, n) -> new SealedMessage(row.getObject("id", UUID.class), Author.valueOf(row.getString("author")),
                        row.getDate("sent_on").toLocalDate(), row.getBytes("body")))
                .list();
    }

    public void insertAttachment(UUID id, UUID caseId, @Nullable UUID messageId, String mediaType, byte[] name, byte[] content) {
        jdbc.sql("""
                insert into complaint.attachment (id, case_id, message_id, media_type, name, content)
                values (:id, :case, :message, :type, :name, :content)
                """).param("id", id).param("case", caseId).param("message", messageId).param("type", mediaType)
                .param("name", name).param("content", content).update();
    }

    public List<SealedAttachment> attachments(UUID caseId) {
        return jdbc.sql("select id, message_id, media_type, name from complaint.attachment where case_id = :case order by id")
                .param("case", caseId)
                .query((row, n) -> new SealedAttachment(row.getObject("id", UUID.class),
                        row.getObject("message_id", UUID.class), row.getString("media_type"), row.getBytes("name")))
                .list();
    }

    public long countAttachments(UUID caseId) {
        return jdbc.sql("select count(*) from complaint.attachment where case_id = :case").param("case", caseId)
                .query(Long.class).single();
    }

    public Optional<byte[]> attachmentContent(UUID caseId, UUID attachmentId) {
        return jdbc.sql("select content from complaint.attachment where case_id = :case and id = :id")
                .param("case", caseId).param("id", attachmentId).query(byte[].class).optional();
    }

    public void insertNote(UUID id, UUID caseId, UUID authorId, LocalDate on, byte[] body) {
        jdbc.sql("insert into complaint.case_note (id, case_id, author_id, written_on, body) values (:id, :case, :author, :on, :body)")
                .param("id", id).param("case", caseId).param("author", authorId).param("on", Date.valueOf(on))
                .param("body", body).update();
    }

    public List<SealedNote> notes(UUID caseId) {
        return jdbc.sql("select id, author_id, written_on, body from complaint.case_note where case_id = :case order by position")
                .param("case", caseId)
                .query((row, n) -> new SealedNote(row.getObject("id", UUID.class), row.getObject("author_id", UUID.class),
                        row.getDate("written_on").toLocalDate(), row.getBytes("body")))
                .list();
    }

    public void insertIdentityRequest(UUID id, UUID caseId, UUID requestedBy, LocalDate on) {
        jdbc.sql("""
                insert into complaint.identity_request (id, case_id, requested_by, requested_on, status)
                values (:id, :case, :by, :on, 'PENDING')
                """).param("id", id).param("case", caseId).param("by", requestedBy).param("on", Date.valueOf(on)).update();
    }

    public void decideIdentityRequest(UUID id, boolean approved, UUID decidedBy, LocalDate on) {
        jdbc.sql("""
                update complaint.identity_request set status = :status, decided_by = :by, decided_on = :on
                where id = :id and status = 'PENDING'
                """).param("id", id).param("status", approved ? "APPROVED" : "REFUSED").param("by", decidedBy)
                .param("on", Date.valueOf(on)).update();
    }

    public Optional<IdentityRequest> identityRequest(UUID id) {
        return jdbc.sql("select * from complaint.identity_request where id = :id").param("id", id)
                .query(CaseRecords::identityRequest).optional();
    }

    public List<IdentityRequest> identityRequests(UUID caseId) {
        return jdbc.sql("select * from complaint.identity_request where case_id = :case order by requested_on, id")
                .param("case", caseId).query(CaseRecords::identityRequest).list();
    }

    public List<IdentityRequest> pendingIdentityRequests() {
        return jdbc.sql("select * from complaint.identity_request where status = 'PENDING' order by requested_on, id")
                .query(CaseRecords::identityRequest).list();
    }

    public boolean identityRevealedTo(UUID caseId, UUID user) {
        return jdbc.sql("""
                select count(*) from complaint.identity_request
                where case_id = :case and requested_by = :user and status = 'APPROVED'
                """).param("case", caseId).param("user", user).query(Long.class).single() > 0;
    }

    private static IdentityRequest identityRequest(java.sql.ResultSet row, int n) throws java.sql.SQLException {
        return new IdentityRequest(row.getObject("id", UUID.class), row.getObject("case_id", UUID.class),
                row.getObject("requested_by", UUID.class), row.getDate("requested_on").toLocalDate(),
                row.getString("status"), row.getObject("decided_by", UUID.class));
    }
}
