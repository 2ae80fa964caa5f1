package org.custodes.membership.compliance;

import java.time.LocalDate;
import java.util.List;

import org.custodes.membership.SanctionStep;
import org.custodes.membership.sanction.RightOfReply;
import org.custodes.membership.sanction.SanctionStepRecord;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * A compliance case: the steps decided so far, the step that may come next, and the right of reply opened for it
 * (the next step can be decided only once that reply, or the silence after its deadline, is on record).
 */
public record ComplianceCaseDetails(ComplianceCaseId id, String reference, OrganisationId organisation,
        String organisationName, String summary, LocalDate openedOn, @Nullable LocalDate resolvedOn,
        @Nullable String resolution, List<SanctionStepRecord> steps, @Nullable SanctionStep nextStep,
        @Nullable RightOfReply pendingReply) {

    public ComplianceCaseDetails {
        steps = List.copyOf(steps);
    }

    public boolean resolved() {
        return resolvedOn != null;
    }

    public SanctionStep currentStep() {
        return steps.getLast().step();
    }
}
