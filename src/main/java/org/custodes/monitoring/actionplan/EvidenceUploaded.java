package org.custodes.monitoring.actionplan;

import java.time.LocalDate;
import java.util.UUID;

import org.custodes.shared.AuditableEvent;
import org.custodes.shared.OrganisationId;

/** The company uploaded a file of evidence for an action (the audit keeps its type and size, never its content). */
public record EvidenceUploaded(ActionPlanId plan, ActionId action, UUID evidence, OrganisationId company,
        String contentType, int size, LocalDate on) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "action-plan:" + plan;
    }
}
