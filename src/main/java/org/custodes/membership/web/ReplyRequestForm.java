package org.custodes.membership.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The company is given until {@code deadline} to reply before the next step. */
record ReplyRequestForm(@NotNull(message = "{membership.form.required}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate deadline) {
}
