package org.custodes.helpdesk.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A message on a request over JSON, naming the version of the request the caller read. */
record SupportMessageRequest(@NotNull @Nullable Long version, @NotBlank @Size(max = 10_000) @Nullable String text) {
}
