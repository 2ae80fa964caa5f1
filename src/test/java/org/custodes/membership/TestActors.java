package org.custodes.membership;

import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.custodes.shared.Actor;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.UserId;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Signed-in people for tests, without the identity module: an organisation, a user id and permissions. */
record TestActors(UserId userId, OrganisationId organisationId, Set<String> permissions) implements Actor {

    static final OrganisationId SECRETARIAT = new OrganisationId(UUID.randomUUID());

    static TestActors applicant(OrganisationId organisation) {
        return new TestActors(new UserId(UUID.randomUUID()), organisation, Set.of("membership:apply"));
    }

    static TestActors secretariat() {
        return new TestActors(new UserId(UUID.randomUUID()), SECRETARIAT, Set.of("membership:review", "membership:read"));
    }

    static TestActors board() {
        return new TestActors(new UserId(UUID.randomUUID()), SECRETARIAT, Set.of("membership:decide", "membership:read"));
    }

    static TestActors system(String... permissions) {
        return new TestActors(new UserId(UUID.randomUUID()), SECRETARIAT, Set.of(permissions));
    }

    @Override
    public boolean can(String permission) {
        return permissions.contains(permission);
    }

    Authentication authentication() {
        return UsernamePasswordAuthenticationToken.authenticated(this, null,
                AuthorityUtils.createAuthorityList(permissions.toArray(String[]::new)));
    }

    <T> T call(Supplier<T> work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication());
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
