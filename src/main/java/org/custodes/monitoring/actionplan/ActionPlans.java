package org.custodes.monitoring.actionplan;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.custodes.monitoring.FindingId;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.Rows;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Plans with their actions; saving one writes its actions and publishes its events in the same transaction. It also
 * reads (and sets the category of) the finding a plan answers, which lives in the same schema.
 */
@Repository
class ActionPlans {

    /** What a plan needs to know of its finding. */
    record FindingFacts(FindingId id, String reference, OrganisationId company, FindingCategory category) {
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    ActionPlans(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    Optional<FindingFacts> finding(FindingId id) {
        return jdbc.sql("select id, reference, company_id, category from monitoring.finding where id = :id")
                .param("id", id.value()).query((row, n) -> new FindingFacts(new FindingId(row.getObject(1, UUID.class)),
                        row.getString(2), new OrganisationId(row.getObject(3, UUID.class)),
                        FindingCategory.valueOf(row.getString(4)))).optional();
    }

    /** Sets a finding's category; false when there is no such finding. */
    boolean categorise(FindingId finding, FindingCategory category) {
        return jdbc.sql("update monitoring.finding set category = :category, version = version + 1 where id = :id")
                .param("category", category.name()).param("id", finding.value()).update() == 1;
    }

    Optional<ActionPlan> find(ActionPlanId id) {
        return one("select * from monitoring.action_plan where id = :id", id.value());
    }

    Optional<ActionPlan> ofFinding(FindingId finding) {
        return one("select * from monitoring.action_plan where finding_id = :id", finding.value());
    }

    /** Plans of one company, or every plan when {@code company} is null; open ones first. */
    List<ActionPlan> list(@Nullable OrganisationId company) {
        var sql = "select * from monitoring.action_plan " + (company == null ? "" : "where company_id = :company ")
                + "order by case status when 'CLOSED' then 1 else 0 end, proposed_on desc, reference";
        var query = jdbc.sql(sql);
        if (company != null) {
            query = query.param("company", company.value());
        }
        return query.query((row, n) -> plan(row)).list();
    }

    /** Running plans with at least one open action past its due date. */
    List<ActionPlan> withOverdueActions(LocalDate today) {
        return jdbc.sql("""
                select * from monitoring.action_plan p where status in ('ACCEPTED', 'IN_PROGRESS') and exists (
                    select 1 from monitoring.corrective_action a
                    where a.plan_id = p.id and a.status = 'OPEN' and a.due_on < :today)
                order by reference
                """).param("today", Date.valueOf(today)).query((row, n) -> plan(row)).list();
    }

    void insert(ActionPlan plan) {
        jdbc.sql("""
                insert into monitoring.action_plan (id, reference, finding_id, company_id, status, proposed_on,
                    returned_reason, decided_on, closed_by, closure_records, closed_on, version)
                values (:id, :reference, :finding, :company, :status, :proposedOn, :returnedReason, :decidedOn,
                    :closedBy, :records, :closedOn, :version)
                """).param("version", plan.version() + 1).param("id", plan.id().value()).param("reference", plan.reference())
                .param("finding", plan.finding().value()).param("company", plan.company().value())
                .param("status", plan.status().name()).param("proposedOn", Date.valueOf(plan.proposedOn()))
                .param("returnedReason", plan.returnedReason()).param("decidedOn", Rows.sqlDate(plan.decidedOn()))
                .param("closedBy", plan.closedBy() == null ? null : plan.closedBy().name())
                .param("records", plan.closureRecords()).param("closedOn", Rows.sqlDate(plan.closedOn())).update();
        insertActions(plan);
        publish(plan);
    }

    void save(ActionPlan plan) {
        var rows = jdbc.sql("""
                update monitoring.action_plan set status = :status, proposed_on = :proposedOn,
                    returned_reason = :returnedReason, decided_on = :decidedOn, closed_by = :closedBy,
                    closure_records = :records, closed_on = :closedOn, version = version + 1
                where id = :id and version = :version
                """).param("status", plan.status().name()).param("proposedOn", Date.valueOf(plan.proposedOn()))
                .param("returnedReason", plan.returnedReason()).param("decidedOn", Rows.sqlDate(plan.decidedOn()))
                .param("closedBy", plan.closedBy() == null ? null : plan.closedBy().name())
                .param("records", plan.closureRecords()).param("closedOn", Rows.sqlDate(plan.closedOn()))
                .param("id", plan.id().value()).param("version", plan.version()).update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("action plan " + plan.id() + " was changed by someone else");
        }
        if (plan.actionsReplaced()) {
            jdbc.sql("delete from monitoring.corrective_action where plan_id = :id").param("id", plan.id().value())
                    .update();
            insertActions(plan);
        } else {
            for (var action : plan.actions()) {
                jdbc.sql("""
                        update monitoring.corrective_action set status = :status, returned_reason = :reason,
                            verified_on = :verifiedOn, reminded_on = :remindedOn, concern_raised_on = :raisedOn
                        where id = :id
                        """).param("status", action.status.name()).param("reason", action.returnedReason)
                        .param("verifiedOn", Rows.sqlDate(action.verifiedOn)).param("remindedOn", Rows.sqlDate(action.remindedOn))
                        .param("raisedOn", Rows.sqlDate(action.concernRaisedOn)).param("id", action.id).update();
            }
        }
        publish(plan);
    }

    private void insertActions(ActionPlan plan) {
        for (var action : plan.actions()) {
            jdbc.sql("""
                    insert into monitoring.corrective_action (id, plan_id, position, description, owner, due_on,
                        evidence_expected, verification, status, returned_reason, verified_on, reminded_on,
                        concern_raised_on)
                    values (:id, :plan, :position, :description, :owner, :dueOn, :evidence, :verification, :status,
                        :reason, :verifiedOn, :remindedOn, :raisedOn)
                    """).param("id", action.id).param("plan", plan.id().value()).param("position", action.position)
                    .param("description", action.description).param("owner", action.owner)
                    .param("dueOn", Date.valueOf(action.dueOn)).param("evidence", action.evidenceExpected)
                    .param("verification", action.verification.name()).param("status", action.status.name())
                    .param("reason", action.returnedReason).param("verifiedOn", Rows.sqlDate(action.verifiedOn))
                    .param("remindedOn", Rows.sqlDate(action.remindedOn)).param("raisedOn", Rows.sqlDate(action.concernRaisedOn))
                    .update();
        }
    }

    private void publish(ActionPlan plan) {
        plan.pendingEvents().forEach(events::publishEvent);
        plan.actionsSaved();
        plan.saved();
    }

    private Optional<ActionPlan> one(String sql, UUID id) {
        return jdbc.sql(sql).param("id", id).query((row, n) -> plan(row)).optional();
    }

    private ActionPlan plan(ResultSet row) throws SQLException {
        var id = row.getObject("id", UUID.class);
        var actions = jdbc.sql("select * from monitoring.corrective_action where plan_id = :id order by position")
                .param("id", id).query((a, n) -> new CorrectiveAction(a.getObject("id", UUID.class),
                        a.getInt("position"), a.getString("description"), a.getString("owner"),
                        a.getDate("due_on").toLocalDate(), a.getString("evidence_expected"),
                        VerificationMethod.valueOf(a.getString("verification")),
                        ActionStatus.valueOf(a.getString("status")), a.getString("returned_reason"),
                        Rows.date(a.getDate("verified_on")), Rows.date(a.getDate("reminded_on")),
                        Rows.date(a.getDate("concern_raised_on")))).list();
        var closedBy = row.getString("closed_by");
        return new ActionPlan(id, row.getString("reference"), new FindingId(row.getObject("finding_id", UUID.class)),
                new OrganisationId(row.getObject("company_id", UUID.class)), PlanStatus.valueOf(row.getString("status")),
                row.getDate("proposed_on").toLocalDate(), row.getString("returned_reason"),
                Rows.date(row.getDate("decided_on")), closedBy == null ? null : VerificationMethod.valueOf(closedBy),
                row.getString("closure_records"), Rows.date(row.getDate("closed_on")), actions, row.getLong("version"));
    }
}
