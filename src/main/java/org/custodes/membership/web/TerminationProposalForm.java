package org.custodes.membership.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import org.custodes.membership.TerminationGround;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The secretariat proposes a termination and gives the company until {@code replyDeadline} to answer. */
record TerminationProposalForm(@NotNull(message = "{membership.form.choose}") @Nullable TerminationGround ground,
        @NotNull(message = "{membership.form.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate replyDeadline) {
}
