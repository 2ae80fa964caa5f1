package org.custodes.governance.seat;

import java.time.LocalDate;

import org.custodes.governance.SeatId;
import org.custodes.membership.MembershipPillar;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.UserId;
import org.jspecify.annotations.Nullable;

/** A Board seat as the public page shows it: its pillar, its holder and term, or that it is vacant. */
public record SeatSummary(SeatId id, MembershipPillar pillar, int position, @Nullable UserId holder,
        @Nullable String holderName, @Nullable OrganisationId organisation, @Nullable String organisationName,
        @Nullable LocalDate termStart, @Nullable LocalDate termEnd, boolean chair, boolean vacant) {
}
