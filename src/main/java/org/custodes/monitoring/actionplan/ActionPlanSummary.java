package org.custodes.monitoring.actionplan;

import java.time.LocalDate;

import org.custodes.shared.OrganisationId;

/** A plan in a list: its state, how many of its actions are open, and how many of those are overdue. */
public record ActionPlanSummary(ActionPlanId id, String reference, OrganisationId company, String companyName,
        FindingCategory category, PlanStatus status, LocalDate proposedOn, int actions, int openActions,
        int overdueActions) {
}
