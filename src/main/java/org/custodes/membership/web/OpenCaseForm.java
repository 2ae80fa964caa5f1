package org.custodes.membership.web;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The secretariat raises a compliance concern against a member company. */
record OpenCaseForm(@NotNull(message = "{membership.form.required}") @Nullable UUID organisation,
        @NotBlank(message = "{membership.form.required}") @Size(max = 10000, message = "{membership.form.too-long}") @Nullable String summary) {
}
