package org.custodes.monitoring.finding;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.custodes.monitoring.ConcernId;
import org.custodes.monitoring.FindingId;
import org.custodes.monitoring.observation.Observations;
import org.custodes.shared.OrganisationId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Findings and the company's answers; saving publishes the pending events in the same transaction. */
@Repository
public class Findings {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Findings(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public Optional<Finding> find(FindingId id) {
        return jdbc.sql("select * from monitoring.finding where id = :id").param("id", id.value())
                .query((row, n) -> finding(row)).optional();
    }

    public List<Finding> of(ConcernId concern) {
        return jdbc.sql("select * from monitoring.finding where concern_id = :concern order by reference")
                .param("concern", concern.value()).query((row, n) -> finding(row)).list();
    }

    /** The next reference of the year: MF-2026-001, MF-2026-002, … */
    public String nextReference(int year) {
        var prefix = "MF-" + year + "-";
        var taken = jdbc.sql("select count(*) from monitoring.finding where reference like :prefix")
                .param("prefix", prefix + "%").query(Long.class).single();
        return prefix + "%03d".formatted(taken + 1);
    }

    public void insert(Finding finding) {
        jdbc.sql("""
                insert into monitoring.finding (id, reference, concern_id, company_id, code_paragraph, severity,
                    statement, evidence, recorded_on, response, version)
                values (:id, :reference, :concern, :company, :paragraph, :severity, :statement, :evidence,
                    :recordedOn, :response, :version)
                """).param("version", finding.version() + 1).param("id", finding.id().value()).param("reference", finding.reference())
                .param("concern", finding.concern().value()).param("company", finding.company().value())
                .param("paragraph", finding.codeParagraph()).param("severity", finding.severity().name())
                .param("statement", finding.statement()).param("evidence", finding.evidence())
                .param("recordedOn", java.sql.Date.valueOf(finding.recordedOn()))
                .param("response", finding.response().name()).update();
        publish(finding);
    }

    public void save(Finding finding) {
        var rows = jdbc.sql("""
                update monitoring.finding set response = :response, response_reasons = :reasons,
                    responded_on = :respondedOn, version = version + 1
                where id = :id and version = :version
                """).param("response", finding.response().name()).param("reasons", finding.responseReasons())
                .param("respondedOn", finding.respondedOn() == null ? null : java.sql.Date.valueOf(finding.respondedOn()))
                .param("id", finding.id().value()).param("version", finding.version()).update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("finding " + finding.id() + " was changed by someone else");
        }
        publish(finding);
    }

    private void publish(Finding finding) {
        finding.pendingEvents().forEach(events::publishEvent);
        finding.saved();
    }

    private static Finding finding(ResultSet row) throws SQLException {
        var responded = row.getDate("responded_on");
        return new Finding(row.getObject("id", UUID.class), row.getString("reference"),
                new ConcernId(row.getObject("concern_id", UUID.class)),
                new OrganisationId(row.getObject("company_id", UUID.class)), row.getInt("code_paragraph"),
                FindingSeverity.valueOf(row.getString("severity")), row.getString("statement"),
                row.getString("evidence"), row.getDate("recorded_on").toLocalDate(),
                FindingResponse.valueOf(row.getString("response")), row.getString("response_reasons"),
                responded == null ? null : responded.toLocalDate(), row.getLong("version"));
    }

    /** Per company, in one query: findings on concerns still open. */
    public java.util.Map<OrganisationId, Integer> openByCompany() {
        return Observations.countsByCompany(jdbc.sql("""
                select f.company_id, count(*) from monitoring.finding f
                join monitoring.concern c on c.id = f.concern_id
                where c.stage not in ('RESOLVED', 'REFERRED_TO_BOARD') group by f.company_id
                """));
    }
}
