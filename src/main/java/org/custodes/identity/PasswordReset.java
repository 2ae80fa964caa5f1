package org.custodes.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A stored password-reset request: whose, until when, and whether it was used. */
record PasswordReset(UUID id, UUID account, String email, Instant expiresAt, @Nullable Instant usedAt) {

    static final Duration VALIDITY = Duration.ofMinutes(30);

    boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }
}
