package org.custodes.monitoring.actionplan;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

public record ActionDetails(ActionId id, String reference, int position, String description, String owner,
        LocalDate dueOn, String evidenceExpected, VerificationMethod verification, ActionStatus status,
        @Nullable String returnedReason, @Nullable LocalDate verifiedOn, boolean overdue, boolean concernRaised) {
}
