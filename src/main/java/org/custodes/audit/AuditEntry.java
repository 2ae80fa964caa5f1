package org.custodes.audit;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonRawValue;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.UserId;
import org.jspecify.annotations.Nullable;

/**
 * One row of the audit log as pages and the API show it. {@code details} is the event as JSON (sent as JSON, not as
 * a string); the actor is null for anonymous and system work.
 */
public record AuditEntry(long sequenceNumber, Instant occurredAt, @Nullable UserId actorUserId,
        @Nullable OrganisationId actorOrganisationId, String action, String subject, @JsonRawValue String details,
        String previousHash, String hash) {
}
