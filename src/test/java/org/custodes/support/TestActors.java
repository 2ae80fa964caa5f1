package org.custodes.support;

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

/**
 * A signed-in person for tests, without the identity module: a user id, an organisation and permissions, as the
 * identity module's {@code SignedInUser} would present them. Every module's tests make their actors here.
 */
public record TestActors(UserId userId, OrganisationId organisationId, Set<String> permissions) implements Actor {

    public TestActors {
        permissions = Set.copyOf(permissions);
    }

    /** A new person of {@code organisation} holding {@code permissions}. */
    public static TestActors of(OrganisationId organisation, String... permissions) {
        return new TestActors(new UserId(UUID.randomUUID()), organisation, Set.of(permissions));
    }

    /** A new person of an organisation of their own, holding {@code permissions}. */
    public static TestActors holding(String... permissions) {
        return of(new OrganisationId(UUID.randomUUID()), permissions);
    }

    @Override
    public boolean can(String permission) {
        return permissions.contains(permission);
    }

    public Authentication authentication() {
        return UsernamePasswordAuthenticationToken.authenticated(this, null,
                AuthorityUtils.createAuthorityList(permissions.toArray(String[]::new)));
    }

    /** Signs this person in on the current thread, for the rest of a test (the test clears the context after). */
    public void signIn() {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication());
        SecurityContextHolder.setContext(context);
    }

    /** Runs {@code work} as this person, then puts back whoever was signed in before. */
    public <T> T call(Supplier<T> work) {
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

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
