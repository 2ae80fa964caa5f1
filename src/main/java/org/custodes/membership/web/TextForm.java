package org.custodes.membership.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A free-text message: a request for information, an answer, a reply, a withdrawal reason. */
record TextForm(@NotBlank(message = "{membership.form.required}") @Size(max = 10000, message = "{membership.form.too-long}")
        @Nullable String text) {
}
