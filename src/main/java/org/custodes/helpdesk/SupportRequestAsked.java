package org.custodes.helpdesk;

import java.time.Instant;

import org.custodes.shared.AuditableEvent;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.UserId;

/** A question reached the secretariat; its first answer is due at {@code firstAnswerDue}. No content: it is sealed. */
public record SupportRequestAsked(SupportRequestId request, UserId requester, OrganisationId organisation,
        SupportCategory category, Instant firstAnswerDue) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "support-request:" + request;
    }
}
