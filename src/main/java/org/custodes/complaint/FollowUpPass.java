package org.custodes.complaint;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * Proof that a complainant signed in with the right receipt: only {@link ComplaintService} makes one, and the
 * follow-up pages keep it in a short-lived session attribute. It names the case, never the receipt.
 */
public final class FollowUpPass implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID caseId;
    private final Instant expiresAt;

    FollowUpPass(UUID caseId, Instant expiresAt) {
        this.caseId = caseId;
        this.expiresAt = expiresAt;
    }

    UUID caseId() {
        return caseId;
    }

    public boolean validAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "FollowUpPass";
    }
}
