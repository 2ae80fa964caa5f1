package org.custodes.monitoring.actionplan;

import java.time.LocalDate;

import org.custodes.monitoring.FindingId;
import org.custodes.shared.AuditableEvent;
import org.custodes.shared.OrganisationId;

/**
 * An action of a running plan is past its due date. {@code raiseConcern} is true once, when it has been overdue for
 * the configured time: monitoring then opens a concern whose origin is the action; otherwise the company was reminded.
 */
public record ActionOverdue(ActionPlanId plan, ActionId action, String reference, FindingId finding,
        OrganisationId company, LocalDate dueOn, long daysOverdue, boolean raiseConcern, LocalDate on)
        implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "action-plan:" + plan;
    }
}
