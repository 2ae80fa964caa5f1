package org.custodes.reporting.report;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.custodes.reporting.CampaignId;
import org.custodes.reporting.EvidenceId;
import org.custodes.reporting.ReportId;
import org.custodes.reporting.ReportStatus;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reports, their answers, evidence, review comments, reopened items and scores. */
@Repository
public class Reports {

    public record Row(OrganisationId company, ReportId id, CampaignId campaign, String companyName, ReportStatus status,
            @Nullable LocalDate submittedOn, boolean late, @Nullable LocalDate acceptedOn, @Nullable Boolean satisfactory,
            @Nullable LocalDate flaggedNotSubmittedOn, long version) {
    }

    public record EvidenceFile(EvidenceId id, OrganisationId company, ReportId report, String indicatorCode, String filename,
            String mediaType, int size, Instant uploadedAt) {
    }

    record Comment(String indicatorCode, String body, Instant createdAt) {
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Reports(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public void insert(OrganisationId company, UUID id, CampaignId campaign, String companyName) {
        jdbc.sql("""
                insert into reporting.report (organisation_id, id, campaign_id, company_name, status)
                values (:company, :id, :campaign, :name, 'DRAFT')
                """).param("company", company.value()).param("id", id).param("campaign", campaign.value())
                .param("name", companyName).update();
    }

    public Optional<Row> find(ReportId id) {
        return jdbc.sql("select * from reporting.report where id = :id").param("id", id.value()).query(Reports::row).optional();
    }

    /** Locks the report's row for the rest of the transaction, so two changes to its state never interleave. */
    public Optional<Row> lock(ReportId id) {
        return jdbc.sql("select * from reporting.report where id = :id for update").param("id", id.value())
                .query(Reports::row).optional();
    }

    /** The report to decide on, its row locked for the rest of the transaction, with the items reopened for it. */
    public Report report(Row locked) {
        return new Report(locked, reopened(locked.company(), locked.id()));
    }

    public List<Row> ofCompany(OrganisationId company) {
        return jdbc.sql("""
                select r.* from reporting.report r join reporting.campaign c on c.id = r.campaign_id
                where r.organisation_id = :company order by c.opens_on desc
                """).param("company", company.value()).query(Reports::row).list();
    }

    public List<Row> ofCampaign(CampaignId campaign) {
        return jdbc.sql("select * from reporting.report where campaign_id = :campaign order by lower(company_name)")
                .param("campaign", campaign.value()).query(Reports::row).list();
    }

    /** The company's most recent report in a campaign of an earlier year than {@code year}. */
    public Optional<Row> previous(OrganisationId company, int year) {
        return jdbc.sql("""
                select r.* from reporting.report r join reporting.campaign c on c.id = r.campaign_id
                where r.organisation_id = :company and c.year < :year
                order by c.year desc, c.opens_on desc limit 1
                """).param("company", company.value()).param("year", year).query(Reports::row).optional();
    }

    public Map<String, String> answers(OrganisationId company, ReportId report) {
        var answers = new HashMap<String, String>();
        jdbc.sql("select indicator_code, value from reporting.answer where organisation_id = :company and report_id = :report")
                .param("company", company.value()).param("report", report.value())
                .query((row, n) -> answers.put(row.getString(1), row.getString(2))).list();
        return answers;
    }

    public void saveAnswer(OrganisationId company, ReportId report, String code, @Nullable String value, Instant now,
            @Nullable UUID by) {
        if (value == null) {
            jdbc.sql("""
                    delete from reporting.answer where organisation_id = :company and report_id = :report and indicator_code = :code
                    """).param("company", company.value()).param("report", report.value()).param("code", code).update();
            return;
        }
        jdbc.sql("""
                insert into reporting.answer (organisation_id, report_id, indicator_code, value, updated_at, updated_by)
                values (:company, :report, :code, :value, :now, :by)
                on conflict (organisation_id, report_id, indicator_code)
                do update set value = excluded.value, updated_at = excluded.updated_at, updated_by = excluded.updated_by
                where reporting.answer.value <> excluded.value
                """).param("company", company.value()).param("report", report.value()).param("code", code)
                .param("value", value).param("now", Timestamp.from(now)).param("by", by, java.sql.Types.OTHER).update();
    }

    public Map<String, Integer> evidenceCounts(OrganisationId company, ReportId report) {
        var counts = new HashMap<String, Integer>();
        jdbc.sql("""
                select indicator_code, count(*) from reporting.evidence
                where organisation_id = :company and report_id = :report group by indicator_code
                """).param("company", company.value()).param("report", report.value())
                .query((row, n) -> counts.put(row.getString(1), row.getInt(2))).list();
        return counts;
    }

    public List<EvidenceFile> evidence(OrganisationId company, ReportId report) {
        return jdbc.sql("""
                select organisation_id, id, report_id, indicator_code, filename, media_type, size_bytes, uploaded_at
                from reporting.evidence where organisation_id = :company and report_id = :report order by uploaded_at, id
                """).param("company", company.value()).param("report", report.value()).query(Reports::evidenceFile).list();
    }

    public Optional<EvidenceFile> evidenceFile(EvidenceId id) {
        return jdbc.sql("""
                select organisation_id, id, report_id, indicator_code, filename, media_type, size_bytes, uploaded_at
                from reporting.evidence where id = :id
                """).param("id", id.value()).query(Reports::evidenceFile).optional();
    }

    public byte[] evidenceContent(OrganisationId company, EvidenceId id) {
        return jdbc.sql("select content from reporting.evidence where organisation_id = :company and id = :id")
                .param("company", company.value()).param("id", id.value()).query(byte[].class).single();
    }

    public void insertEvidence(OrganisationId company, UUID id, ReportId report, String code, String filename,
            String mediaType, byte[] content, Instant now, @Nullable UUID by) {
        jdbc.sql("""
                insert into reporting.evidence (organisation_id, id, report_id, indicator_code, filename, media_type,
                    size_bytes, content, uploaded_at, uploaded_by)
                values (:company, :id, :report, :code, :filename, :mediaType, :size, :content, :now, :by)
                """).param("company", company.value()).param("id", id).param("report", report.value())
                .param("code", code).param("filename", filename).param("mediaType", mediaType)
                .param("size", content.length).param("content", content).param("now", Timestamp.from(now))
                .param("by", by, java.sql.Types.OTHER).update();
    }

    public boolean deleteEvidence(OrganisationId company, EvidenceId id) {
        return jdbc.sql("delete from reporting.evidence where organisation_id = :company and id = :id")
                .param("company", company.value()).param("id", id.value()).update() == 1;
    }

    public List<Comment> comments(OrganisationId company, ReportId report) {
        return jdbc.sql("""
                select indicator_code, body, created_at from reporting.review_comment
                where organisation_id = :company and report_id = :report order by created_at, id
                """).param("company", company.value()).param("report", report.value())
                .query((row, n) -> new Comment(row.getString(1), row.getString(2), row.getTimestamp(3).toInstant())).list();
    }

    public void insertComment(OrganisationId company, ReportId report, String code, String body, Instant now, @Nullable UUID by) {
        jdbc.sql("""
                insert into reporting.review_comment (organisation_id, id, report_id, indicator_code, body, author_id, created_at)
                values (:company, :id, :report, :code, :body, :by, :now)
                """).param("company", company.value()).param("id", UUID.randomUUID()).param("report", report.value())
                .param("code", code).param("body", body).param("by", by, java.sql.Types.OTHER)
                .param("now", Timestamp.from(now)).update();
    }

    public Set<String> reopened(OrganisationId company, ReportId report) {
        return new HashSet<>(jdbc.sql("""
                select indicator_code from reporting.reopened_item
                where organisation_id = :company and report_id = :report and resolved_at is null
                """).param("company", company.value()).param("report", report.value()).query(String.class).list());
    }

    public void reopen(OrganisationId company, ReportId report, Set<String> codes, @Nullable String note, Instant now) {
        for (var code : codes) {
            jdbc.sql("""
                    insert into reporting.reopened_item (organisation_id, report_id, indicator_code, requested_at, note)
                    values (:company, :report, :code, :now, :note)
                    """).param("company", company.value()).param("report", report.value()).param("code", code)
                    .param("now", Timestamp.from(now)).param("note", note).update();
        }
    }

    public void resolveReopened(OrganisationId company, ReportId report, Instant now) {
        jdbc.sql("""
                update reporting.reopened_item set resolved_at = :now
                where organisation_id = :company and report_id = :report and resolved_at is null
                """).param("company", company.value()).param("report", report.value()).param("now", Timestamp.from(now)).update();
    }

    /**
     * Writes the state a decision of the report gave it and publishes the decision's events, in the caller's
     * transaction. The row must still have the version the report was read with: a change made meanwhile is refused.
     */
    public void save(Report report) {
        var rows = jdbc.sql("""
                update reporting.report set status = :status, submitted_on = :submittedOn, late = :late,
                    accepted_on = :acceptedOn, satisfactory = :satisfactory, version = version + 1
                where organisation_id = :company and id = :id and version = :version
                """).param("status", report.status().name())
                .param("submittedOn", report.submittedOn() == null ? null : Date.valueOf(report.submittedOn()))
                .param("late", report.late())
                .param("acceptedOn", report.acceptedOn() == null ? null : Date.valueOf(report.acceptedOn()))
                .param("satisfactory", report.satisfactory()).param("company", report.company().value())
                .param("id", report.id().value()).param("version", report.version()).update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("report " + report.id() + " was changed meanwhile");
        }
        report.pendingEvents().forEach(events::publishEvent);
        report.saved();
    }

    public void saveScores(Row report, Map<String, Integer> scores) {
        jdbc.sql("delete from reporting.section_score where organisation_id = :company and report_id = :id")
                .param("company", report.company().value()).param("id", report.id().value()).update();
        scores.forEach((section, score) -> jdbc.sql("""
                insert into reporting.section_score (organisation_id, report_id, section_code, score)
                values (:company, :id, :section, :score)
                """).param("company", report.company().value()).param("id", report.id().value())
                .param("section", section).param("score", score).update());
    }

    /**
     * Flags every report still a draft after its campaign's grace period, once: the update names only rows not yet
     * flagged, so a second run (or a second node) finds nothing.
     */
    public List<Row> flagNotSubmitted(LocalDate today) {
        return jdbc.sql("""
                update reporting.report r set flagged_not_submitted_on = :today
                from reporting.campaign c
                where c.id = r.campaign_id and r.status = 'DRAFT' and r.flagged_not_submitted_on is null
                  and c.deadline + c.grace_days < :today
                returning r.*
                """).param("today", Date.valueOf(today)).query(Reports::row).list();
    }

    private static Row row(ResultSet row, int n) throws SQLException {
        return new Row(new OrganisationId(row.getObject("organisation_id", UUID.class)),
                new ReportId(row.getObject("id", UUID.class)), new CampaignId(row.getObject("campaign_id", UUID.class)),
                row.getString("company_name"), ReportStatus.valueOf(row.getString("status")),
                row.getObject("submitted_on", LocalDate.class), row.getBoolean("late"),
                row.getObject("accepted_on", LocalDate.class), (Boolean) row.getObject("satisfactory"),
                row.getObject("flagged_not_submitted_on", LocalDate.class), row.getLong("version"));
    }

    private static EvidenceFile evidenceFile(ResultSet row, int n) throws SQLException {
        return new EvidenceFile(new EvidenceId(row.getObject("id", UUID.class)),
                new OrganisationId(row.getObject("organisation_id", UUID.class)),
                new ReportId(row.getObject("report_id", UUID.class)), row.getString("indicator_code"),
                row.getString("filename"), row.getString("media_type"), row.getInt("size_bytes"),
                row.getTimestamp("uploaded_at").toInstant());
    }
}
