package org.custodes.audit;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The content of one audit row that its hash covers: everything but the hashes themselves. */
record AuditRecord(long sequenceNumber, Instant occurredAt, @Nullable UUID actorUserId,
        @Nullable UUID actorOrganisationId, String action, String subject, String details) {
}
