package org.custodes.identity.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.custodes.identity.Role;
import org.custodes.shared.Language;
import org.jspecify.annotations.Nullable;

/** An invitation to a new person of the organisation: address, name, language and roles. */
record InvitePersonForm(
        @NotBlank(message = "{identity.form.email.required}") @Email(message = "{identity.form.email.invalid}")
        @Size(max = 320, message = "{identity.form.email.invalid}") @Nullable String email,
        @NotBlank(message = "{identity.form.name.required}") @Size(max = 200, message = "{identity.form.name.size}")
        @Nullable String displayName,
        @NotNull(message = "{identity.form.language.required}") @Nullable Language language,
        @NotEmpty(message = "{identity.roles.required}") @Nullable Set<Role> roles) {

    static InvitePersonForm blank() {
        return new InvitePersonForm("", "", Language.EN, Set.of());
    }
}
