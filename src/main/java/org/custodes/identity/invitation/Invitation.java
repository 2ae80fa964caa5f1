package org.custodes.identity.invitation;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.custodes.identity.InvitationId;
import org.custodes.identity.InvitationSummary;
import org.custodes.identity.Role;
import org.custodes.shared.Language;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/** A stored invitation. Its secret is not here: only the hash is kept, in the table. */
public record Invitation(UUID id, OrganisationId organisation, String email, String displayName, Language language,
        Set<Role> roles, Instant createdAt, Instant expiresAt, @Nullable Instant acceptedAt, @Nullable Instant revokedAt) {

    public static final Duration VALIDITY = Duration.ofHours(72);

    public Invitation {
        roles = Set.copyOf(roles);
    }

    /** Single use, time-limited, revocable. */
    public boolean usableAt(Instant now) {
        return acceptedAt == null && revokedAt == null && now.isBefore(expiresAt);
    }

    InvitationSummary toSummary() {
        return new InvitationSummary(new InvitationId(id), email, displayName, roles, createdAt, expiresAt);
    }
}
