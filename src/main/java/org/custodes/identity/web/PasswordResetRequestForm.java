package org.custodes.identity.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The address a password reset link is asked for. */
record PasswordResetRequestForm(
        @NotBlank(message = "{identity.form.email.required}") @Email(message = "{identity.form.email.invalid}")
        @Size(max = 320, message = "{identity.form.email.invalid}") @Nullable String email) {
}
