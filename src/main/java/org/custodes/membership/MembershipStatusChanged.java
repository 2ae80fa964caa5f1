package org.custodes.membership;

import java.time.LocalDate;

import org.custodes.shared.AuditableEvent;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.UserId;
import org.jspecify.annotations.Nullable;

/**
 * An organisation moved from one membership status to another: who decided, when it takes effect, why, and under
 * which decision reference. {@code previous} is null for the first status (a new application).
 */
public record MembershipStatusChanged(OrganisationId organisation, @Nullable MembershipStatus previous,
        MembershipStatus current, LocalDate effectiveOn, String reason, @Nullable String decisionReference,
        @Nullable UserId decidedBy) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "organisation:" + organisation;
    }
}
