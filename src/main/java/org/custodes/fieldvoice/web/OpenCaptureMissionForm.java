package org.custodes.fieldvoice.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A new field mission, named by the secretariat. */
record OpenCaptureMissionForm(
        @NotBlank(message = "{fieldvoice.form.required}") @Size(max = 200, message = "{fieldvoice.form.too-long}") @Nullable String name) {
}
