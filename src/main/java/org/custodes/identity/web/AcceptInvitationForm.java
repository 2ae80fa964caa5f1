package org.custodes.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The invitee's name and password; password rules beyond presence are the facade's. */
record AcceptInvitationForm(@NotBlank @Nullable String token,
        @NotBlank(message = "{identity.form.name.required}") @Size(max = 200, message = "{identity.form.name.size}")
        @Nullable String displayName,
        @NotBlank(message = "{identity.form.password.required}") @Nullable String password,
        @NotBlank(message = "{identity.form.password.required}") @Nullable String passwordConfirmation) {
}
