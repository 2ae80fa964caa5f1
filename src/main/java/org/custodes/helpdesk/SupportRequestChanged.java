package org.custodes.helpdesk;

import java.util.Locale;

import org.custodes.shared.AuditableEvent;
import org.custodes.shared.UserId;
import org.jspecify.annotations.Nullable;

/**
 * A decision on a support request: who took it and, for an assignment, to whom. Audited as
 * {@code helpdesk.support-request-<change>}; never the text of a message or a note, which stays sealed.
 */
public record SupportRequestChanged(SupportRequestId request, Change change, UserId by, SupportStatus status,
        @Nullable UserId assignee) implements AuditableEvent {

    public enum Change {
        ASSIGNED, ANSWERED, DETAILS_REQUESTED, REPLIED, NOTED, CLOSED, REOPENED
    }

    @Override
    public String auditSubject() {
        return "support-request:" + request;
    }

    @Override
    public String auditAction() {
        return "helpdesk.support-request-" + change.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
