package org.custodes.organisation;

import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

import org.custodes.shared.CountryCode;
import org.custodes.shared.OrganisationId;
import org.custodes.support.TestActors;
import org.springframework.security.core.Authentication;

/** Signed-in people and organisations for the registry's tests. */
public final class OrganisationFixtures {

    public static final String[] SECRETARIAT = { "organisation:read", "organisation:manage" };

    private OrganisationFixtures() {
    }

    public static Authentication signedIn(OrganisationId organisation, String... permissions) {
        return TestActors.of(organisation, permissions).authentication();
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
