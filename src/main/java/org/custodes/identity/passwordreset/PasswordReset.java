package org.custodes.identity.passwordreset;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A stored password-reset request: whose, until when, and whether it was used. */
public record PasswordReset(UUID id, UUID account, String email, Instant expiresAt, @Nullable Instant usedAt) {

    public static final Duration VALIDITY = Duration.ofMinutes(30);

    public boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }
}
