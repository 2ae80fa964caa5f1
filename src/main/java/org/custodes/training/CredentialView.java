package org.custodes.training;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A completion as its holder sees it, with the signed credential (a compact JWS) to put in a QR code. */
public record CredentialView(CompletionId id, String courseTitle, int courseVersion, LocalDate completedOn,
        @Nullable LocalDate expiresOn, String credential) {
}
