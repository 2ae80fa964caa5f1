package org.custodes.identity.web;

import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/** A new password chosen with a reset link; password rules beyond presence are the facade's. */
record NewPasswordForm(@NotBlank @Nullable String token,
        @NotBlank(message = "{identity.form.password.required}") @Nullable String password,
        @NotBlank(message = "{identity.form.password.required}") @Nullable String passwordConfirmation) {
}
