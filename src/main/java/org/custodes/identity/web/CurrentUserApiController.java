package org.custodes.identity.web;

import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.custodes.identity.IdentityService;
import org.custodes.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is, as the API sees them: for scripts to check which token and permissions they use. */
@RestController
class CurrentUserApiController {

    record Me(UUID id, String email, String displayName, UUID organisationId, Set<Role> roles, Set<String> permissions) {
    }

    private final IdentityService identity;

    CurrentUserApiController(IdentityService identity) {
        this.identity = identity;
    }

    @GetMapping("/api/v1/identity/me")
    @PreAuthorize("isAuthenticated()")
    Me me() {
        var user = identity.currentUser().orElseThrow(() -> new AccessDeniedException("No person signed in"));
        return new Me(user.id().value(), user.email(), user.displayName(), user.organisation().value(),
                new TreeSet<>(user.roles()), new TreeSet<>(user.permissions()));
    }
}
