package org.custodes.membership;

import java.time.LocalDate;

import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/** A line of a list of applications. */
public record ApplicationSummary(ApplicationId id, OrganisationId organisation, String organisationName,
        MembershipPillar pillar, ApplicationStatus status, @Nullable LocalDate submittedOn) {
}
