package org.custodes.monitoring.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A message in a concern's dialogue; the secretariat ticks {@code shared} to let the company read it. */
record ConcernMessageForm(
        @NotBlank(message = "{monitoring.form.required}") @Size(max = 5000, message = "{monitoring.form.too-long}") @Nullable String text,
        @Nullable Boolean shared) {
}
