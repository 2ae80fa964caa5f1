package org.custodes.certification.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.custodes.certification.LapseReason;
import org.custodes.certification.cycle.Redaction;
import org.custodes.shared.Language;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.PageQuery;
import org.custodes.shared.PageResult;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Certification applications, their files, redactions and messages. */
@Repository
public class CertificationApplications {

    public record Stored(UUID id, OrganisationId company, UUID certificate, CertificationApplicationStatus status, String contactEmail,
            Language contactLanguage, @Nullable Instant submittedAt, @Nullable LocalDate decidedOn,
            @Nullable String decisionReference, @Nullable String decisionReasons, Set<ChecklistItem> confirmedChecks,
            @Nullable LocalDate lapsedOn, @Nullable LapseReason lapseReason) {
    }

    private final JdbcClient jdbc;

    CertificationApplications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, OrganisationId company, UUID certificate, String contactEmail, Language language, Instant now) {
        jdbc.sql("""
                insert into certification.application (id, version, company_id, certificate_id, status, contact_email,
                    contact_language, created_at)
                values (:id, 0, :company, :certificate, 'DRAFT', :email, :language, :now)
                """)
                .param("id", id).param("company", company.value()).param("certificate", certificate)
                .param("email", contactEmail).param("language", language.code()).param("now", Timestamp.from(now))
                .update();
    }

    Optional<Stored> find(UUID id) {
        return jdbc.sql("select * from certification.application where id = :id").param("id", id)
                .query(CertificationApplications::stored).optional();
    }

    public List<Stored> certifiedOn(UUID certificate) {
        return jdbc.sql("select * from certification.application where certificate_id = :id and status = 'CERTIFIED'")
                .param("id", certificate).query(CertificationApplications::stored).list();
    }

    public List<Stored> ofCertificate(UUID certificate) {
        return jdbc.sql("select * from certification.application where certificate_id = :id order by created_at")
                .param("id", certificate).query(CertificationApplications::stored).list();
    }

    /** The certified applications of a company, for its attestation. */
    List<Stored> certifiedOf(OrganisationId company) {
        return jdbc.sql("select * from certification.application where company_id = :id and status = 'CERTIFIED' "
                        + "order by decided_on desc")
                .param("id", company.value()).query(CertificationApplications::stored).list();
    }

    PageResult<Stored> page(PageQuery query, @Nullable OrganisationId company) {
        var where = company == null ? "" : " where company_id = :company";
        var count = jdbc.sql("select count(*) from certification.application" + where);
        var select = jdbc.sql("select * from certification.application" + where
                + " order by coalesce(submitted_at, created_at) desc limit :limit offset :offset");
        if (company != null) {
            count = count.param("company", company.value());
            select = select.param("company", company.value());
        }
        var total = count.query(Long.class).single();
        return PageResult.of(select.param("limit", query.size()).param("offset", query.offset())
                .query(CertificationApplications::stored).list(), query, total);
    }

    void changeStatus(UUID id, CertificationApplicationStatus status, @Nullable Instant submittedAt) {
        jdbc.sql("update certification.application set status = :status, submitted_at = coalesce(:submitted, submitted_at), "
                        + "version = version + 1 where id = :id")
                .param("status", status.name()).param("submitted", submittedAt == null ? null : Timestamp.from(submittedAt))
                .param("id", id).update();
    }

    void decide(UUID id, CertificationApplicationStatus status, LocalDate decidedOn, String reference, String reasons,
            Set<ChecklistItem> confirmed) {
        jdbc.sql("""
                update certification.application set status = :status, decided_on = :on, decision_reference = :reference,
                    decision_reasons = :reasons, confirmed_checks = :checks, version = version + 1
                where id = :id
                """)
                .param("status", status.name()).param("on", decidedOn).param("reference", reference)
                .param("reasons", reasons)
                .param("checks", confirmed.stream().map(Enum::name).sorted().toArray(String[]::new))
                .param("id", id).update();
    }

    public void lapse(UUID id, LocalDate on, LapseReason reason) {
        jdbc.sql("update certification.application set status = 'LAPSED', lapsed_on = :on, lapse_reason = :reason, "
                        + "version = version + 1 where id = :id and status = 'CERTIFIED'")
                .param("on", on).param("reason", reason.name()).param("id", id).update();
    }

    void insertDocument(UUID id, UUID application, UploadDocument upload, String fileName, String contentType,
            Instant now) {
        jdbc.sql("""
                insert into certification.application_document (id, application_id, kind, annex_b_item, file_name,
                    content_type, size_bytes, content, uploaded_at)
                values (:id, :application, :kind, :item, :name, :type, :size, :content, :now)
                """)
                .param("id", id).param("application", application).param("kind", upload.kind().name())
                .param("item", upload.annexBItem()).param("name", fileName).param("type", contentType)
                .param("size", (long) upload.content().length).param("content", upload.content())
                .param("now", Timestamp.from(now))
                .update();
        for (int i = 0; i < upload.redactions().size(); i++) {
            var redaction = upload.redactions().get(i);
            jdbc.sql("insert into certification.redaction (document_id, position, location, justification) "
                            + "values (:id, :position, :location, :justification)")
                    .param("id", id).param("position", i + 1).param("location", redaction.location())
                    .param("justification", redaction.justification()).update();
        }
    }

    List<CertificationDocumentSummary> documents(UUID application) {
        var documents = jdbc.sql("""
                select id, kind, annex_b_item, file_name, content_type, size_bytes, uploaded_at
                from certification.application_document where application_id = :id order by uploaded_at, file_name
                """).param("id", application)
                .query((row, n) -> new CertificationDocumentSummary(new CertificationDocumentId(row.getObject("id", UUID.class)),
                        DocumentKind.valueOf(row.getString("kind")), (Integer) row.getObject("annex_b_item"),
                        row.getString("file_name"), row.getString("content_type"), row.getLong("size_bytes"),
                        row.getTimestamp("uploaded_at").toInstant(), List.of()))
                .list();
        return documents.stream().map(d -> new CertificationDocumentSummary(d.id(), d.kind(), d.annexBItem(), d.fileName(),
                d.contentType(), d.size(), d.uploadedAt(), redactions(d.id().value()))).toList();
    }

    private List<Redaction> redactions(UUID document) {
        return jdbc.sql("select location, justification from certification.redaction where document_id = :id order by position")
                .param("id", document)
                .query((row, n) -> new Redaction(row.getString("location"), row.getString("justification"))).list();
    }

    Optional<StoredDocument> document(UUID application, UUID document) {
        return jdbc.sql("""
                select file_name, content_type, content from certification.application_document
                where application_id = :application and id = :id
                """).param("application", application).param("id", document)
                .query((row, n) -> new StoredDocument(row.getString("file_name"), row.getString("content_type"),
                        row.getBytes("content")))
                .optional();
    }

    void addMessage(UUID application, ApplicationMessage.Author author, String body, Instant now) {
        jdbc.sql("insert into certification.application_message (id, application_id, author, body, written_at) "
                        + "values (:id, :application, :author, :body, :now)")
                .param("id", UUID.randomUUID()).param("application", application).param("author", author.name())
                .param("body", body).param("now", Timestamp.from(now)).update();
    }

    List<ApplicationMessage> messages(UUID application) {
        return jdbc.sql("select * from certification.application_message where application_id = :id order by written_at")
                .param("id", application)
                .query((row, n) -> new ApplicationMessage(ApplicationMessage.Author.valueOf(row.getString("author")),
                        row.getString("body"), row.getTimestamp("written_at").toInstant()))
                .list();
    }

    boolean hasOpenApplication(UUID certificate) {
        return jdbc.sql("""
                select count(*) from certification.application where certificate_id = :id
                and status in ('DRAFT', 'SUBMITTED', 'INFORMATION_REQUESTED', 'CERTIFIED')
                """).param("id", certificate).query(Long.class).single() > 0;
    }

    private static Stored stored(ResultSet row, int number) throws SQLException {
        var submitted = row.getTimestamp("submitted_at");
        var lapseReason = row.getString("lapse_reason");
        return new Stored(row.getObject("id", UUID.class), new OrganisationId(row.getObject("company_id", UUID.class)),
                row.getObject("certificate_id", UUID.class), CertificationApplicationStatus.valueOf(row.getString("status")),
                row.getString("contact_email"), Language.fromCode(row.getString("contact_language")).orElse(Language.EN),
                submitted == null ? null : submitted.toInstant(), row.getObject("decided_on", LocalDate.class),
                row.getString("decision_reference"), row.getString("decision_reasons"),
                Arrays.stream((String[]) row.getArray("confirmed_checks").getArray()).map(ChecklistItem::valueOf)
                        .collect(Collectors.toUnmodifiableSet()),
                row.getObject("lapsed_on", LocalDate.class), lapseReason == null ? null : LapseReason.valueOf(lapseReason));
    }
}
