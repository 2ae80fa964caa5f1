package org.custodes.complaint.casefile;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.custodes.complaint.ComplaintReference;

/** A handler's request to see the complainant's identity, and the custodian's decision. */
public record IdentityRequestView(UUID id, ComplaintReference complaint, UUID requestedBy, LocalDate requestedOn,
        String status, @Nullable UUID decidedBy) {
}
