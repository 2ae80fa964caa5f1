package org.custodes.membership.application;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.custodes.membership.ApplicationId;
import org.custodes.membership.MembershipApplicationDetails.BoardDecision;
import org.custodes.membership.MembershipApplicationDetails.ChecklistItem;
import org.custodes.membership.MembershipApplicationDetails.InformationExchange;
import org.custodes.membership.MembershipApplicationDetails.Recommendation;
import org.custodes.membership.MembershipApplicationStatus;
import org.custodes.membership.MembershipPillar;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.PageQuery;
import org.custodes.shared.Rows;
import org.custodes.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** MembershipApplications with their exchanges; the form and the checklist are kept as JSON documents. */
@Repository
public class MembershipApplications {

    private static final TypeReference<List<ChecklistItem>> CHECKLIST = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    MembershipApplications(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<MembershipApplication> find(ApplicationId id) {
        var exchanges = jdbc.sql("select * from membership.application_exchange where application_id = :id order by sequence")
                .param("id", id.value())
                .query((row, n) -> {
                    var by = row.getObject("by_user", UUID.class);
                    return new InformationExchange(InformationExchange.Kind.valueOf(row.getString("kind")),
                            row.getString("text"), row.getTimestamp("at").toInstant(), by == null ? null : new UserId(by));
                }).list();
        return jdbc.sql("select * from membership.application where id = :id").param("id", id.value())
                .query((row, n) -> application(row, exchanges)).optional();
    }

    Optional<ApplicationId> openApplicationOf(OrganisationId organisation) {
        return jdbc.sql("""
                select id from membership.application where organisation_id = :organisation
                and status not in ('APPROVED', 'REJECTED')
                """).param("organisation", organisation.value())
                .query((row, n) -> new ApplicationId(row.getObject(1, UUID.class))).optional();
    }

    record Row(ApplicationId id, OrganisationId organisation, MembershipPillar pillar, MembershipApplicationStatus status,
            java.time.@Nullable LocalDate submittedOn) {
    }

    List<Row> ofOrganisation(OrganisationId organisation) {
        return jdbc.sql("select * from membership.application where organisation_id = :organisation order by created_at desc")
                .param("organisation", organisation.value()).query(MembershipApplications::row).list();
    }

    /** MembershipApplications in one status (all but drafts when null), oldest submission first. */
    List<Row> page(@Nullable MembershipApplicationStatus status, PageQuery page) {
        return jdbc.sql("""
                select * from membership.application
                where (cast(:status as text) is null and status <> 'DRAFT') or status = :status
                order by submitted_on nulls last, created_at limit :size offset :offset
                """).param("status", status == null ? null : status.name()).param("size", page.size())
                .param("offset", page.offset()).query(MembershipApplications::row).list();
    }

    long count(@Nullable MembershipApplicationStatus status) {
        return jdbc.sql("""
                select count(*) from membership.application
                where (cast(:status as text) is null and status <> 'DRAFT') or status = :status
                """).param("status", status == null ? null : status.name()).query(Long.class).single();
    }

    public void save(MembershipApplication application) {
        var recommendation = application.recommendation();
        var decision = application.decision();
        var statement = application.isNew() ? """
                insert into membership.application (id, version, organisation_id, pillar, status, form, checklist,
                    created_at, submitted_on, recommendation_approve, recommendation_note, recommended_on,
                    recommended_by, decision_approve, decision_reasons, decided_on, decision_reference, decided_by)
                values (:id, 0, :organisation, :pillar, :status, cast(:form as jsonb), cast(:checklist as jsonb),
                    :createdAt, :submittedOn, :recApprove, :recNote, :recOn, :recBy, :decApprove, :decReasons, :decOn,
                    :decReference, :decBy)
                """ : """
                update membership.application set version = version + 1, status = :status, form = cast(:form as jsonb),
                    checklist = cast(:checklist as jsonb), submitted_on = :submittedOn,
                    recommendation_approve = :recApprove, recommendation_note = :recNote, recommended_on = :recOn,
                    recommended_by = :recBy, decision_approve = :decApprove, decision_reasons = :decReasons,
                    decided_on = :decOn, decision_reference = :decReference, decided_by = :decBy
                where id = :id and version = :version
                """;
        var rows = jdbc.sql(statement)
                .param("id", application.id().value())
                .param("version", application.version())
                .param("organisation", application.organisation().value())
                .param("pillar", application.pillar().name())
                .param("status", application.status().name())
                .param("form", json.writeValueAsString(application.form()))
                .param("checklist", json.writeValueAsString(application.checklistItems()))
                .param("createdAt", Timestamp.from(application.createdAt()))
                .param("submittedOn", Rows.sqlDate(application.submittedOn()))
                .param("recApprove", recommendation == null ? null : recommendation.approve())
                .param("recNote", recommendation == null ? null : recommendation.note())
                .param("recOn", recommendation == null ? null : Date.valueOf(recommendation.on()))
                .param("recBy", recommendation == null || recommendation.by() == null ? null : recommendation.by().value())
                .param("decApprove", decision == null ? null : decision.approve())
                .param("decReasons", decision == null ? null : decision.reasons())
                .param("decOn", decision == null ? null : Date.valueOf(decision.decidedOn()))
                .param("decReference", decision == null ? null : decision.decisionReference())
                .param("decBy", decision == null || decision.by() == null ? null : decision.by().value())
                .update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("application " + application.id() + " changed meanwhile");
        }
        var sequence = application.exchanges().size() - application.unsavedExchanges().size();
        for (var exchange : application.unsavedExchanges()) {
            jdbc.sql("""
                    insert into membership.application_exchange (application_id, sequence, kind, text, at, by_user)
                    values (:id, :sequence, :kind, :text, :at, :by)
                    """).param("id", application.id().value()).param("sequence", sequence++)
                    .param("kind", exchange.kind().name()).param("text", exchange.text())
                    .param("at", Timestamp.from(exchange.at()))
                    .param("by", exchange.by() == null ? null : exchange.by().value()).update();
        }
        application.saved();
    }

    private MembershipApplication application(ResultSet row, List<InformationExchange> exchanges) throws SQLException {
        var checklist = new LinkedHashMap<String, Boolean>();
        json.readValue(row.getString("checklist"), CHECKLIST).forEach(item -> checklist.put(item.key(), item.done()));
        Recommendation recommendation = row.getObject("recommendation_approve") == null ? null : new Recommendation(
                row.getBoolean("recommendation_approve"), row.getString("recommendation_note"),
                Rows.date(row, "recommended_on"), user(row, "recommended_by"));
        BoardDecision decision = row.getObject("decision_approve") == null ? null : new BoardDecision(
                row.getBoolean("decision_approve"), row.getString("decision_reasons"),
                Rows.date(row, "decided_on"), row.getString("decision_reference"), user(row, "decided_by"));
        return new MembershipApplication(new ApplicationId(row.getObject("id", UUID.class)),
                new OrganisationId(row.getObject("organisation_id", UUID.class)),
                MembershipPillar.valueOf(row.getString("pillar")), row.getLong("version"),
                row.getTimestamp("created_at").toInstant(), MembershipApplicationStatus.valueOf(row.getString("status")),
                json.readValue(row.getString("form"), ApplicationForm.class), checklist, exchanges,
                Rows.date(row, "submitted_on"), recommendation, decision);
    }

    private static Row row(ResultSet row, int n) throws SQLException {
        return new Row(new ApplicationId(row.getObject("id", UUID.class)),
                new OrganisationId(row.getObject("organisation_id", UUID.class)),
                MembershipPillar.valueOf(row.getString("pillar")), MembershipApplicationStatus.valueOf(row.getString("status")),
                Rows.date(row, "submitted_on"));
    }

    private static @Nullable UserId user(ResultSet row, String column) throws SQLException {
        var value = row.getObject(column, UUID.class);
        return value == null ? null : new UserId(value);
    }

    // Documents

    void insertDocument(MembershipDocumentId id, ApplicationId application, OrganisationId organisation, String filename,
            String contentType, byte[] content, Instant now, @Nullable UserId by) {
        jdbc.sql("""
                insert into membership.application_document (id, application_id, organisation_id, filename, content_type,
                    size_bytes, content, uploaded_at, uploaded_by)
                values (:id, :application, :organisation, :filename, :type, :size, :content, :now, :by)
                """).param("id", id.value()).param("application", application.value())
                .param("organisation", organisation.value()).param("filename", filename).param("type", contentType)
                .param("size", content.length).param("content", content).param("now", Timestamp.from(now))
                .param("by", by == null ? null : by.value()).update();
    }

    List<MembershipDocumentSummary> documentsOf(ApplicationId application) {
        return jdbc.sql("""
                select id, filename, content_type, size_bytes, uploaded_at from membership.application_document
                where application_id = :application order by uploaded_at
                """).param("application", application.value())
                .query((row, n) -> new MembershipDocumentSummary(new MembershipDocumentId(row.getObject("id", UUID.class)),
                        row.getString("filename"), row.getString("content_type"), row.getLong("size_bytes"),
                        row.getTimestamp("uploaded_at").toInstant())).list();
    }

    Optional<DocumentFile> document(ApplicationId application, MembershipDocumentId document) {
        return jdbc.sql("""
                select filename, content_type, content from membership.application_document
                where id = :id and application_id = :application
                """).param("id", document.value()).param("application", application.value())
                .query((row, n) -> new DocumentFile(row.getString("filename"), row.getString("content_type"),
                        row.getBytes("content"))).optional();
    }
}
