package org.custodes.monitoring.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.custodes.monitoring.finding.FindingResponse;
import org.jspecify.annotations.Nullable;

/** The company's answer to a finding: acknowledge, or dispute with the reasons. */
record AnswerFindingForm(
        @NotNull(message = "{monitoring.form.required}") @Nullable FindingResponse response,
        @Size(max = 5000, message = "{monitoring.form.too-long}") @Nullable String reasons) {
}
