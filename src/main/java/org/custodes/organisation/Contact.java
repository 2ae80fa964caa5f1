package org.custodes.organisation;

import org.jspecify.annotations.Nullable;

/** A person to reach at an organisation. */
public record Contact(ContactId id, String name, @Nullable String role, @Nullable String email,
        @Nullable String phone) {
}
