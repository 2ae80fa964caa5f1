package org.custodes.directory;

import java.time.LocalDate;

import org.custodes.shared.AuditableEvent;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/** The standing the directory shows for a company changed (or its corrective-action marker did). */
public record CompanyStandingChanged(OrganisationId company, String legalName, Standing previous,
        boolean previousCorrectiveActionOpen, Standing current, boolean correctiveActionOpen,
        @Nullable LocalDate since) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "organisation:" + company;
    }
}
