package org.custodes.membership;

import java.time.LocalDate;

import org.custodes.shared.UserId;
import org.jspecify.annotations.Nullable;

/** One dated line of a membership's history: from which status to which, who decided, why, under which reference. */
public record StatusChange(@Nullable MembershipStatus from, MembershipStatus to, LocalDate effectiveOn,
        @Nullable UserId decidedBy, String reason, @Nullable String decisionReference,
        @Nullable TerminationGround terminationGround) {
}
