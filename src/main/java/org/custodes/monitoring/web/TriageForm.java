package org.custodes.monitoring.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.custodes.monitoring.observation.ObservationStatus;
import org.jspecify.annotations.Nullable;

/** The secretariat's triage: the outcome, the duplicate's or concern's reference, the reason, an internal note. */
record TriageForm(
        @NotNull(message = "{monitoring.form.required}") @Nullable ObservationStatus outcome,
        @Size(max = 40, message = "{monitoring.form.too-long}") @Nullable String duplicateOf,
        @Size(max = 40, message = "{monitoring.form.too-long}") @Nullable String concern,
        @Size(max = 2000, message = "{monitoring.form.too-long}") @Nullable String reason,
        @Size(max = 5000, message = "{monitoring.form.too-long}") @Nullable String note) {
}
