package org.custodes.monitoring.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.custodes.monitoring.finding.FindingSeverity;
import org.jspecify.annotations.Nullable;

/** A finding on a concern over JSON. */
record RecordFindingRequest(@NotNull @Min(1) @Max(70) @Nullable Integer codeParagraph,
        @NotNull @Nullable FindingSeverity severity, @NotBlank @Size(max = 5000) @Nullable String statement,
        @NotBlank @Size(max = 5000) @Nullable String evidence) {
}
