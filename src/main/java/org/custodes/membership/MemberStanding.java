package org.custodes.membership;

import java.time.LocalDate;

import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * A member or affiliate as the oversight ranking reads it: its status, certification deadline (and whether the daily
 * job found it passed), and its latest accepted self-assessment, if any.
 */
public record MemberStanding(OrganisationId organisation, MembershipStatus status,
        @Nullable LocalDate certificationDeadline, @Nullable LocalDate deadlinePassedOn,
        @Nullable LatestSelfAssessment latestSelfAssessment) {
}
