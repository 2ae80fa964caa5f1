package org.custodes.identity;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.custodes.shared.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The HTML forms of accounts administration. Password rules beyond presence are the facade's, not the form's. */
final class IdentityForms {

    private IdentityForms() {
    }

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

    record ChangeRolesForm(@NotEmpty(message = "{identity.roles.required}") @Nullable Set<Role> roles) {
    }

    record AcceptInvitationForm(@NotBlank @Nullable String token,
            @NotBlank(message = "{identity.form.name.required}") @Size(max = 200, message = "{identity.form.name.size}")
            @Nullable String displayName,
            @NotBlank(message = "{identity.form.password.required}") @Nullable String password,
            @NotBlank(message = "{identity.form.password.required}") @Nullable String passwordConfirmation) {
    }

    record PasswordResetRequestForm(
            @NotBlank(message = "{identity.form.email.required}") @Email(message = "{identity.form.email.invalid}")
            @Size(max = 320, message = "{identity.form.email.invalid}") @Nullable String email) {
    }

    record NewPasswordForm(@NotBlank @Nullable String token,
            @NotBlank(message = "{identity.form.password.required}") @Nullable String password,
            @NotBlank(message = "{identity.form.password.required}") @Nullable String passwordConfirmation) {
    }

    record CreateApiTokenForm(
            @NotBlank(message = "{identity.token.name.required}") @Size(max = 100, message = "{identity.token.name.size}")
            @Nullable String name,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate expiresOn) {

        static CreateApiTokenForm blank() {
            return new CreateApiTokenForm("", null);
        }
    }
}
