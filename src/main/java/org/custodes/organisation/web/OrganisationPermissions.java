package org.custodes.organisation.web;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** What the current user holds, so pages offer only the actions the facade would accept. */
final class OrganisationPermissions {

    static final String MANAGE = "organisation:manage";
    static final String READ = "organisation:read";

    private OrganisationPermissions() {
    }

    static boolean holds(String permission) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(permission::equals);
    }
}
