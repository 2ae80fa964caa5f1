package org.custodes.shared;

import java.util.Optional;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is acting, as every module may know it without depending on the identity module: the user and the
 * organisation they act for. The signed-in principal implements it.
 */
public interface Actor {

    UserId userId();

    OrganisationId organisationId();

    /** Whether the actor holds a permission, for ownership decisions inside facades. */
    boolean can(String permission);

    /**
     * Whether the current request or job holds a permission (an authority of its authentication, whoever the
     * principal is): the one permission check behind every page's and facade's "may this caller ...".
     */
    static boolean holds(String permission) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(permission::equals);
    }

    /** The actor of the current request or job, if a person is signed in. */
    static Optional<Actor> current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Actor actor) {
            return Optional.of(actor);
        }
        return Optional.empty();
    }
}
