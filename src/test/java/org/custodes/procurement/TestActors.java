package org.custodes.procurement;

import java.util.Set;
import java.util.UUID;

import org.custodes.shared.Actor;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.UserId;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

/** Signed-in people for the procurement tests: an organisation, a user id and permissions. */
record TestActors(UserId userId, OrganisationId organisationId, Set<String> permissions) implements Actor {

    static TestActors secretariat() {
        return new TestActors(new UserId(UUID.randomUUID()), new OrganisationId(UUID.randomUUID()),
                Set.of("procurement:manage-resources"));
    }

    static TestActors client() {
        return new TestActors(new UserId(UUID.randomUUID()), new OrganisationId(UUID.randomUUID()),
                Set.of("directory:watch"));
    }

    @Override
    public boolean can(String permission) {
        return permissions.contains(permission);
    }

    Authentication authentication() {
        return UsernamePasswordAuthenticationToken.authenticated(this, null,
                AuthorityUtils.createAuthorityList(permissions.toArray(String[]::new)));
    }
}
