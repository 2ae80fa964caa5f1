package org.custodes.training.credential;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What a verifier learns from a credential: whether it is valid and, if the signature holds, what it says. The
 * reason is a message key ({@code training.verify.valid}, {@code .forged}, {@code .expired}, {@code .revoked}).
 */
public record CredentialCheck(boolean valid, String reason, @Nullable String course, @Nullable Integer courseVersion,
        @Nullable String company, @Nullable String learner, @Nullable LocalDate completedOn,
        @Nullable LocalDate expiresOn) {
}
