package org.custodes.organisation;

import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

import org.custodes.shared.Actor;
import org.custodes.shared.CountryCode;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.UserId;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

/** Signed-in people and organisations for the registry's tests. */
public final class OrganisationFixtures {

    public static final String[] SECRETARIAT = { "organisation:read", "organisation:manage" };

    private OrganisationFixtures() {
    }

    /** A signed-in person of {@code organisation} holding {@code permissions}, as the identity module would make it. */
    public record TestActor(UserId userId, OrganisationId organisationId, Set<String> permissions) implements Actor {

        @Override
        public boolean can(String permission) {
            return permissions.contains(permission);
        }
    }

    public static Authentication signedIn(OrganisationId organisation, String... permissions) {
        var actor = new TestActor(new UserId(UUID.randomUUID()), organisation, Set.copyOf(Arrays.asList(permissions)));
        return UsernamePasswordAuthenticationToken.authenticated(actor, null, AuthorityUtils.createAuthorityList(permissions));
    }

    public static Authentication secretariat() {
        return signedIn(new OrganisationId(UUID.randomUUID()), SECRETARIAT);
    }

    /** A legal name no other test uses, so tests sharing the database never collide. */
    public static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static RegisterOrganisation company(String legalName, String... countries) {
        return new RegisterOrganisation(OrganisationKind.COMPANY, legalName, legalName.split(" ")[0],
                new CountryCode(countries[0]), Arrays.stream(countries).map(CountryCode::new).collect(java.util.stream.Collectors.toSet()),
                Set.of(SecurityService.STATIC_GUARDING), "https://example.org");
    }
}
