package org.custodes.training.credential;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.custodes.training.CompletionId;

/** A completion as its holder sees it, with the signed credential (a compact JWS) to put in a QR code. */
public record CredentialView(CompletionId id, String courseTitle, int courseVersion, LocalDate completedOn,
        @Nullable LocalDate expiresOn, String credential) {
}
