package org.custodes.organisation.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.custodes.organisation.AddContact;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/** A contact person as the secretariat types it. */
record ContactForm(
        @NotBlank(message = "{organisation.form.required}") @Size(max = 200, message = "{organisation.form.too-long}") @Nullable String name,
        @Size(max = 200, message = "{organisation.form.too-long}") @Nullable String role,
        @Email(message = "{organisation.form.email.invalid}") @Size(max = 200, message = "{organisation.form.too-long}") @Nullable String email,
        @Size(max = 40, message = "{organisation.form.too-long}") @Nullable String phone) {

    static ContactForm empty() {
        return new ContactForm("", "", "", "");
    }

    AddContact toCommand(OrganisationId organisation) {
        return new AddContact(organisation, name == null ? "" : name, role, email, phone);
    }
}
