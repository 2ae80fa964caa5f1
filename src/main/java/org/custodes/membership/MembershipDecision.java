package org.custodes.membership;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/** The facts every status change carries: when it takes effect, why, and the decision it rests on (if any). */
public record MembershipDecision(LocalDate effectiveOn, String reason, @Nullable String decisionReference) {

    public MembershipDecision {
        Objects.requireNonNull(effectiveOn, "effectiveOn");
        reason = reason == null ? "" : reason.strip();
        decisionReference = decisionReference == null || decisionReference.isBlank() ? null : decisionReference.strip();
    }
}
