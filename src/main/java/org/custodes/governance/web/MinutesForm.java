package org.custodes.governance.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The minutes of a General Assembly, drafted by the secretariat after it was held. */
record MinutesForm(
        @NotBlank(message = "{governance.form.required}") @Size(max = 100000, message = "{governance.form.too-long}") @Nullable String minutes) {
}
