package org.custodes.governance.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A director declares a conflict of interest and recuses from a resolution. */
record DeclareConflictForm(
        @NotBlank(message = "{governance.form.required}") @Size(max = 2000, message = "{governance.form.too-long}") @Nullable String reason) {
}
