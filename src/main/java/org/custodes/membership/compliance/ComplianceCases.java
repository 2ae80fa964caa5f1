package org.custodes.membership.compliance;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.custodes.membership.SanctionStep;
import org.custodes.membership.sanction.RightOfReply;
import org.custodes.membership.sanction.SanctionStepRecord;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.PageQuery;
import org.custodes.shared.Rows;
import org.custodes.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Compliance cases and their steps, with plain SQL. */
@Repository
public class ComplianceCases {

    private final JdbcClient jdbc;

    ComplianceCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ComplianceCase> find(ComplianceCaseId id) {
        var steps = jdbc.sql("select * from membership.sanction_step where case_id = :id order by sequence")
                .param("id", id.value()).query(ComplianceCases::step).list();
        return jdbc.sql("select * from membership.compliance_case where id = :id").param("id", id.value())
                .query((row, n) -> new ComplianceCase(id, row.getString("reference"),
                        new OrganisationId(row.getObject("organisation_id", UUID.class)), row.getString("summary"),
                        Rows.date(row, "opened_on"), row.getLong("version"), steps,
                        reply(row), Rows.date(row, "resolved_on"), row.getString("resolution")))
                .optional();
    }

    public List<ComplianceCaseId> ofOrganisation(OrganisationId organisation) {
        return jdbc.sql("select id from membership.compliance_case where organisation_id = :organisation order by opened_on desc")
                .param("organisation", organisation.value())
                .query((row, n) -> new ComplianceCaseId(row.getObject(1, UUID.class))).list();
    }

    /** Whether a case of the organisation was opened with this summary's beginning, so a redelivery opens none. */
    public boolean openedAs(OrganisationId organisation, String summaryStart) {
        return jdbc.sql("select count(*) from membership.compliance_case where organisation_id = :organisation "
                + "and starts_with(summary, :start)").param("organisation", organisation.value())
                .param("start", summaryStart).query(Long.class).single() > 0;
    }

    public List<ComplianceCaseId> open() {
        return jdbc.sql("select id from membership.compliance_case where resolved_on is null order by opened_on")
                .query((row, n) -> new ComplianceCaseId(row.getObject(1, UUID.class))).list();
    }

    public List<ComplianceCaseId> open(PageQuery page) {
        return jdbc.sql("""
                select id from membership.compliance_case where resolved_on is null order by opened_on, reference
                limit :size offset :offset
                """).param("size", page.size()).param("offset", page.offset())
                .query((row, n) -> new ComplianceCaseId(row.getObject(1, UUID.class))).list();
    }

    public long countOpen() {
        return jdbc.sql("select count(*) from membership.compliance_case where resolved_on is null")
                .query(Long.class).single();
    }

    public long countFor(int year) {
        return jdbc.sql("select count(*) from membership.compliance_case where extract(year from opened_on) = :year")
                .param("year", year).query(Long.class).single();
    }

    public void save(ComplianceCase complianceCase) {
        var reply = complianceCase.pendingReply();
        var statement = complianceCase.isNew() ? """
                insert into membership.compliance_case (id, version, reference, organisation_id, summary, opened_on,
                    resolved_on, resolution, reply_requested_on, reply_deadline, reply, replied_on)
                values (:id, 0, :reference, :organisation, :summary, :openedOn, :resolvedOn, :resolution, :requested,
                    :deadline, :reply, :replied)
                """ : """
                update membership.compliance_case set version = version + 1, resolved_on = :resolvedOn,
                    resolution = :resolution, reply_requested_on = :requested, reply_deadline = :deadline,
                    reply = :reply, replied_on = :replied
                where id = :id and version = :version
                """;
        var rows = jdbc.sql(statement)
                .param("id", complianceCase.id().value()).param("version", complianceCase.version())
                .param("reference", complianceCase.reference())
                .param("organisation", complianceCase.organisation().value())
                .param("summary", complianceCase.summary())
                .param("openedOn", Date.valueOf(complianceCase.openedOn()))
                .param("resolvedOn", Rows.sqlDate(complianceCase.resolvedOn()))
                .param("resolution", complianceCase.resolution())
                .param("requested", reply == null ? null : Date.valueOf(reply.requestedOn()))
                .param("deadline", reply == null ? null : Date.valueOf(reply.deadline()))
                .param("reply", reply == null ? null : reply.reply())
                .param("replied", reply == null ? null : Rows.sqlDate(reply.repliedOn()))
                .update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("case " + complianceCase.reference() + " changed meanwhile");
        }
        var sequence = complianceCase.savedSteps();
        for (var step : complianceCase.unsavedSteps()) {
            var stepReply = step.reply();
            jdbc.sql("""
                    insert into membership.sanction_step (case_id, sequence, step, decided_on, due_on, summary, decided_by,
                        reply_requested_on, reply_deadline, reply, replied_on)
                    values (:id, :sequence, :step, :decidedOn, :dueOn, :summary, :by, :requested, :deadline, :reply, :replied)
                    """)
                    .param("id", complianceCase.id().value()).param("sequence", sequence++)
                    .param("step", step.step().name()).param("decidedOn", Date.valueOf(step.decidedOn()))
                    .param("dueOn", Rows.sqlDate(step.dueOn())).param("summary", step.summary())
                    .param("by", step.decidedBy() == null ? null : step.decidedBy().value())
                    .param("requested", stepReply == null ? null : Date.valueOf(stepReply.requestedOn()))
                    .param("deadline", stepReply == null ? null : Date.valueOf(stepReply.deadline()))
                    .param("reply", stepReply == null ? null : stepReply.reply())
                    .param("replied", stepReply == null ? null : Rows.sqlDate(stepReply.repliedOn()))
                    .update();
        }
    }

    private static @Nullable RightOfReply reply(ResultSet row) throws SQLException {
        var requested = Rows.date(row, "reply_requested_on");
        return requested == null ? null : new RightOfReply(requested, Rows.date(row, "reply_deadline"),
                Rows.date(row, "replied_on"), row.getString("reply"));
    }

    private static SanctionStepRecord step(ResultSet row, int n) throws SQLException {
        var by = row.getObject("decided_by", UUID.class);
        return new SanctionStepRecord(SanctionStep.valueOf(row.getString("step")), Rows.date(row, "decided_on"),
                Rows.date(row, "due_on"), row.getString("summary"), by == null ? null : new UserId(by),
                reply(row));
    }
}
