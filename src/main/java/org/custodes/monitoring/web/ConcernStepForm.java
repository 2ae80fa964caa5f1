package org.custodes.monitoring.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The text a step of the escalation path needs: the recommendations, or the reason to resolve or refer. */
record ConcernStepForm(
        @NotBlank(message = "{monitoring.form.required}") @Size(max = 5000, message = "{monitoring.form.too-long}") @Nullable String text) {
}
