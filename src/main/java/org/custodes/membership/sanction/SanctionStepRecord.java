package org.custodes.membership.sanction;

import java.time.LocalDate;

import org.custodes.membership.SanctionStep;
import org.custodes.shared.UserId;
import org.jspecify.annotations.Nullable;

/** A step decided on a case, with the right of reply the company had before it (none before the first step). */
public record SanctionStepRecord(SanctionStep step, LocalDate decidedOn, @Nullable LocalDate dueOn, String summary,
        @Nullable UserId decidedBy, @Nullable RightOfReply reply) {
}
