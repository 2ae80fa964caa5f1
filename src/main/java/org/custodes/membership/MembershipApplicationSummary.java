package org.custodes.membership;

import java.time.LocalDate;

import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/** A line of a list of applications. */
public record MembershipApplicationSummary(ApplicationId id, OrganisationId organisation, String organisationName,
        MembershipPillar pillar, MembershipApplicationStatus status, @Nullable LocalDate submittedOn) {
}
