package org.custodes.monitoring.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.custodes.monitoring.finding.FindingResponse;
import org.jspecify.annotations.Nullable;

/** The company's answer to a finding over JSON: ACKNOWLEDGED, or DISPUTED with the reasons. */
record AnswerFindingRequest(@NotNull @Nullable FindingResponse response, @Size(max = 5000) @Nullable String reasons) {
}
