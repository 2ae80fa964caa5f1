package org.custodes.monitoring.actionplan;

import java.time.LocalDate;

import org.custodes.shared.AuditableEvent;
import org.custodes.shared.OrganisationId;

/** The secretariat verified an action: accepted (the action is closed) or returned to the company. */
public record ActionVerified(ActionPlanId plan, ActionId action, String reference, OrganisationId company,
        boolean accepted, LocalDate on) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "action-plan:" + plan;
    }
}
