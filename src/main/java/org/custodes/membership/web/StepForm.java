package org.custodes.membership.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.custodes.membership.SanctionStep;
import org.custodes.membership.TerminationGround;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The next step of the ladder, with its due date (corrective action) or ground (termination). */
record StepForm(@NotNull(message = "{membership.form.choose}") @Nullable SanctionStep step,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dueOn,
        @NotBlank(message = "{membership.form.required}") @Size(max = 10000, message = "{membership.form.too-long}") @Nullable String summary,
        @Nullable TerminationGround ground,
        @Size(max = 100, message = "{membership.form.too-long}") @Nullable String decisionReference) {
}
