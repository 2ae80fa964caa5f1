package org.custodes.membership;

import java.time.LocalDate;

import org.custodes.shared.AuditableEvent;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * A step of the sanctions ladder was decided against a company; {@code resolved} is true when the matter it belongs
 * to was closed (corrective action accepted), so the directory can stop showing it.
 */
public record SanctionStepDecided(OrganisationId organisation, String caseReference, SanctionStep step,
        LocalDate decidedOn, @Nullable LocalDate dueOn, boolean resolved) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "organisation:" + organisation;
    }
}
