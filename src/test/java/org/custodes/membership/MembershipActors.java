package org.custodes.membership;

import java.util.UUID;

import org.custodes.shared.OrganisationId;
import org.custodes.support.TestActors;

/** The people of membership's tests: an applicant company's user, the secretariat, the Board, a scheduled job. */
final class MembershipActors {

    static final OrganisationId SECRETARIAT = new OrganisationId(UUID.randomUUID());

    private MembershipActors() {
    }

    static TestActors applicant(OrganisationId organisation) {
        return TestActors.of(organisation, "membership:apply");
    }

    static TestActors secretariat() {
        return TestActors.of(SECRETARIAT, "membership:review", "membership:read");
    }

    static TestActors board() {
        return TestActors.of(SECRETARIAT, "membership:decide", "membership:read");
    }

    static TestActors system(String... permissions) {
        return TestActors.of(SECRETARIAT, permissions);
    }
}
