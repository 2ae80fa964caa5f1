package org.custodes.directory;

import org.custodes.membership.MembershipStatusChanged;
import org.custodes.membership.SanctionStepDecided;
import org.custodes.organisation.OrganisationKind;
import org.custodes.organisation.OrganisationRegistered;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the directory from the events of other modules, each in its own transaction after theirs committed, retried
 * from the event publication registry. Every handler is idempotent.
 */
@Component
class StandingUpdates {

    private final StandingProjection projection;

    StandingUpdates(StandingProjection projection) {
        this.projection = projection;
    }

    @ApplicationModuleListener
    void on(OrganisationRegistered event) {
        if (event.kind() == OrganisationKind.COMPANY) {
            projection.list(event.organisation());
        }
    }

    @ApplicationModuleListener
    void on(MembershipStatusChanged event) {
        projection.apply(event);
    }

    @ApplicationModuleListener
    void on(SanctionStepDecided event) {
        projection.apply(event);
    }
}
