package org.custodes.membership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;

import org.custodes.membership.outcome.CertificationDeadlinePolicy;
import org.custodes.shared.NotFound;
import org.custodes.shared.OrganisationId;
import org.springframework.stereotype.Component;

/**
 * Loads a membership, applies a transition and saves it; {@link Memberships#save} publishes the recorded events in
 * the caller's transaction, so a status change and its {@link MembershipStatusChanged} commit or roll back together.
 */
@Component
public class Lifecycle {

    private final Memberships memberships;
    private final CertificationDeadlinePolicy deadlines;
    private final Clock clock;

    Lifecycle(Memberships memberships, CertificationDeadlinePolicy deadlines, Clock clock) {
        this.memberships = memberships;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    public Membership load(OrganisationId organisation) {
        return memberships.find(organisation).orElseThrow(() -> new NotFound("membership", organisation));
    }

    public @org.jspecify.annotations.Nullable MembershipStatus statusOf(OrganisationId organisation) {
        return memberships.find(organisation).map(Membership::status).orElse(null);
    }

    public MembershipDetails change(OrganisationId organisation, Consumer<Membership> transition) {
        var membership = load(organisation);
        transition.accept(membership);
        return save(membership);
    }

    /** The organisation applied: its first status, or a new application after a rejection, withdrawal or termination. */
    public MembershipDetails applied(OrganisationId organisation, MembershipPillar pillar, MembershipDecision decision) {
        var existing = memberships.find(organisation);
        if (existing.isPresent()) {
            existing.get().applyAgain(decision, MembershipAccess.actor());
            return save(existing.get());
        }
        return save(Membership.applyFor(organisation, pillar, decision, MembershipAccess.actor()));
    }

    MembershipDetails save(Membership membership) {
        memberships.save(membership, clock.instant());
        return membership.details();
    }

    public CertificationDeadlinePolicy deadlines() {
        return deadlines;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
