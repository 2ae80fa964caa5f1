package org.custodes.complaint.workflow;

import java.time.LocalDate;

import org.custodes.complaint.ComplaintReference;
import org.custodes.shared.AuditableEvent;
import org.custodes.shared.UserId;
import org.jspecify.annotations.Nullable;

/**
 * A step in a complaint's life, for the audit log: what happened to which case, when and by whom. Never content,
 * never the complainant's identity or network details.
 */
public record ComplaintEvent(ComplaintReference complaint, Step step, LocalDate on, @Nullable UserId by)
        implements AuditableEvent {

    /** The steps that leave a trace. */
    public enum Step {
        RECEIVED, ACKNOWLEDGED, FOUND_ADMISSIBLE, FOUND_NOT_ADMISSIBLE, PATH_CHOSEN, EXCERPT_SHARED,
        COMPANY_RESPONDED, OUTCOME_RECORDED, CLOSED, HANDLER_ASSIGNED, CONFLICT_DECLARED, IDENTITY_REQUESTED,
        IDENTITY_REVEAL_APPROVED, IDENTITY_REVEAL_REFUSED, PURGED
    }

    @Override
    public String auditSubject() {
        return "complaint:" + complaint;
    }

    @Override
    public String auditAction() {
        return "complaint." + step.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
