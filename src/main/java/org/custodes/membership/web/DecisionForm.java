package org.custodes.membership.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A Board decision on an application: outcome, reasons, date and reference are all required. */
record DecisionForm(@NotNull(message = "{membership.form.choose}") @Nullable Boolean approve,
        @NotBlank(message = "{membership.form.required}") @Size(max = 10000, message = "{membership.form.too-long}") @Nullable String reasons,
        @NotNull(message = "{membership.form.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate decidedOn,
        @NotBlank(message = "{membership.form.required}") @Size(max = 100, message = "{membership.form.too-long}") @Nullable String decisionReference) {
}
