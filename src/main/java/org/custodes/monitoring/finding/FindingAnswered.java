package org.custodes.monitoring.finding;

import java.time.LocalDate;

import org.custodes.monitoring.FindingId;
import org.custodes.shared.AuditableEvent;
import org.custodes.shared.OrganisationId;

/** The company acknowledged or disputed a finding; the event carries no reasons. */
public record FindingAnswered(FindingId finding, String reference, OrganisationId company, FindingResponse response,
        LocalDate respondedOn) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "finding:" + finding;
    }
}
