package org.custodes.monitoring.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A message in a concern's dialogue over JSON; a company's is always shared. */
record ConcernMessageRequest(@NotBlank @Size(max = 5000) @Nullable String text, @Nullable Boolean shared) {
}
