package org.custodes.membership.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A dated status decision with its reason and reference (affiliate, termination). */
record StatusDecisionForm(
        @NotNull(message = "{membership.form.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate effectiveOn,
        @NotBlank(message = "{membership.form.required}") @Size(max = 10000, message = "{membership.form.too-long}") @Nullable String reason,
        @Size(max = 100, message = "{membership.form.too-long}") @Nullable String decisionReference) {
}
