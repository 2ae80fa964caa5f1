package org.custodes.complaint;

import java.time.LocalDate;

import org.custodes.shared.CountryCode;
import org.jspecify.annotations.Nullable;

/** A case in the handlers' list: metadata only, never content. */
public record ComplaintSummary(ComplaintId id, ComplaintReference reference, ComplaintStatus status,
        ComplaintCategory category, @Nullable CountryCode country, @Nullable String company, Channel channel,
        LocalDate receivedOn, @Nullable LocalDate dueOn, boolean overdue, boolean assignedToMe,
        boolean retaliationRisk) {
}
