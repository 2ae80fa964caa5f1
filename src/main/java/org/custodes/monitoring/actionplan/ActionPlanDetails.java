package org.custodes.monitoring.actionplan;

import java.time.LocalDate;
import java.util.List;

import org.custodes.monitoring.FindingId;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/** A plan as its readers see it, with the finding it answers and whether that finding closes only by a return visit. */
public record ActionPlanDetails(ActionPlanId id, String reference, FindingId finding, String findingReference,
        OrganisationId company, String companyName, FindingCategory category, boolean returnVisitRequired,
        PlanStatus status, LocalDate proposedOn, @Nullable String returnedReason, @Nullable LocalDate decidedOn,
        @Nullable VerificationMethod closedBy, @Nullable String closureRecords, @Nullable LocalDate closedOn,
        List<ActionDetails> actions, List<EvidenceFile> evidence) {

    public ActionPlanDetails {
        actions = List.copyOf(actions);
        evidence = List.copyOf(evidence);
    }

    /** The evidence uploaded for one action. */
    public List<EvidenceFile> evidenceOf(ActionId action) {
        return evidence.stream().filter(file -> file.action().equals(action)).toList();
    }

    public long overdueActions() {
        return actions.stream().filter(ActionDetails::overdue).count();
    }
}
