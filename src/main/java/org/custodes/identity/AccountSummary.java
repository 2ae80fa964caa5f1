package org.custodes.identity;

import java.time.Instant;
import java.util.Set;

import org.custodes.shared.UserId;
import org.jspecify.annotations.Nullable;

/** An account of an organisation, as the secretariat sees it. */
public record AccountSummary(UserId id, String email, String displayName, Set<Role> roles, boolean active,
        @Nullable Instant lastSignInAt) {
}
