package org.custodes.identity.web;

import jakarta.validation.constraints.NotEmpty;
import java.util.Set;
import org.custodes.identity.Role;
import org.jspecify.annotations.Nullable;

/** The roles an administrator gives an account. */
record ChangeRolesForm(@NotEmpty(message = "{identity.roles.required}") @Nullable Set<Role> roles) {
}
