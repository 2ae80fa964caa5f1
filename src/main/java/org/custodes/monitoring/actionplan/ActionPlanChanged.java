package org.custodes.monitoring.actionplan;

import java.time.LocalDate;

import org.custodes.monitoring.FindingId;
import org.custodes.shared.AuditableEvent;
import org.custodes.shared.OrganisationId;

/** A plan was proposed, revised, accepted, returned or closed (with its finding): its new status says which. */
public record ActionPlanChanged(ActionPlanId plan, String reference, FindingId finding, OrganisationId company,
        PlanStatus status, LocalDate on) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "action-plan:" + plan;
    }
}
