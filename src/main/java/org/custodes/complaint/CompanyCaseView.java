package org.custodes.complaint;

import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * A case as the company concerned sees it: the excerpt a handler chose to share and its own response. No identity,
 * no narrative, no precise dates.
 */
public record CompanyCaseView(ComplaintId id, ComplaintReference reference, ComplaintCategory category,
        YearMonth received, ComplaintStatus status, String excerpt, @Nullable String response) {
}
