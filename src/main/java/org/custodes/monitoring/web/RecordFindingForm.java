package org.custodes.monitoring.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.custodes.monitoring.finding.FindingSeverity;
import org.jspecify.annotations.Nullable;

/** A finding on a concern: its Code paragraph, severity, what was found and the evidence it rests on. */
record RecordFindingForm(
        @NotNull(message = "{monitoring.form.required}") @Min(value = 1, message = "{monitoring.form.paragraph}") @Max(value = 70, message = "{monitoring.form.paragraph}") @Nullable Integer codeParagraph,
        @NotNull(message = "{monitoring.form.required}") @Nullable FindingSeverity severity,
        @NotBlank(message = "{monitoring.form.required}") @Size(max = 5000, message = "{monitoring.form.too-long}") @Nullable String statement,
        @NotBlank(message = "{monitoring.form.required}") @Size(max = 5000, message = "{monitoring.form.too-long}") @Nullable String evidence) {
}
