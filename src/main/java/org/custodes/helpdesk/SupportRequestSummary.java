package org.custodes.helpdesk;

import java.time.Instant;

import org.custodes.shared.Language;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.UserId;
import org.jspecify.annotations.Nullable;

/** A support request in a list: the requester's, or the secretariat's queue. */
public record SupportRequestSummary(SupportRequestId id, OrganisationId organisation, SupportCategory category,
        String subject, SupportStatus status, Language language, @Nullable UserId assignee, Instant askedAt,
        Instant firstAnswerDue, @Nullable Instant firstAnsweredAt, boolean overdue) {
}
