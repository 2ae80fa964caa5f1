package org.custodes.organisation;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** A contact checked against the registry's rules before it is stored. */
record NewContact(String name, @Nullable String role, @Nullable String email, @Nullable String phone) {

    static final int MAX_LENGTH = 200;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()./-]{4,40}$");

    NewContact {
        name = required(name);
        role = optional("role", role);
        email = optional("email", email);
        phone = optional("phone", phone);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new OrganisationRefused("email", "organisation.contact.email.invalid");
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new OrganisationRefused("phone", "organisation.contact.phone.invalid");
        }
        if (email == null && phone == null) {
            throw new OrganisationRefused("email", "organisation.contact.reachable");
        }
    }

    static NewContact of(AddContact command) {
        return new NewContact(command.name(), command.role(), command.email(), command.phone());
    }

    private static String required(@Nullable String value) {
        var trimmed = optional("name", value);
        if (trimmed == null) {
            throw new OrganisationRefused("name", "organisation.contact.name.required");
        }
        return trimmed;
    }

    private static @Nullable String optional(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var trimmed = value.strip();
        if (trimmed.length() > MAX_LENGTH) {
            throw new OrganisationRefused(field, "organisation.name.too-long", MAX_LENGTH);
        }
        return trimmed;
    }
}
