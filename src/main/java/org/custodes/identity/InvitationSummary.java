package org.custodes.identity;

import java.time.Instant;
import java.util.Set;

/** A pending invitation, as the secretariat sees it. */
public record InvitationSummary(InvitationId id, String email, String displayName, Set<Role> roles,
        Instant createdAt, Instant expiresAt) {
}
