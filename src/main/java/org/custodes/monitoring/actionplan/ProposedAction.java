package org.custodes.monitoring.actionplan;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** One action the company proposes: what it will do, who at the company owns it, by when, with what evidence. */
public record ProposedAction(@Nullable String description, @Nullable String owner, @Nullable LocalDate dueOn,
        @Nullable String evidenceExpected, @Nullable VerificationMethod verification) {
}
