package org.custodes.monitoring.web;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.custodes.monitoring.ConcernCategory;
import org.custodes.monitoring.concern.ConcernOrigin;
import org.jspecify.annotations.Nullable;

/** A concern about a company, from an observation (hidden field) or another origin named by its reference. */
record OpenConcernForm(
        @NotNull(message = "{monitoring.form.required}") @Nullable UUID company,
        @NotNull(message = "{monitoring.form.required}") @Nullable ConcernCategory category,
        @NotNull(message = "{monitoring.form.required}") @Nullable ConcernOrigin origin,
        @Size(max = 100, message = "{monitoring.form.too-long}") @Nullable String originReference,
        @NotBlank(message = "{monitoring.form.required}") @Size(max = 5000, message = "{monitoring.form.too-long}") @Nullable String summary,
        @Size(max = 200, message = "{monitoring.form.too-long}") @Nullable String codeParagraphs,
        @Nullable UUID observation) {
}
