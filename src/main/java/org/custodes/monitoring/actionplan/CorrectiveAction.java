package org.custodes.monitoring.actionplan;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One action of a plan, with the secretariat's verification; its reference is the plan's with its position. */
final class CorrectiveAction {

    final UUID id;
    final int position;
    final String description;
    final String owner;
    final LocalDate dueOn;
    final String evidenceExpected;
    final VerificationMethod verification;
    ActionStatus status;
    @Nullable String returnedReason;
    @Nullable LocalDate verifiedOn;
    @Nullable LocalDate remindedOn;
    @Nullable LocalDate concernRaisedOn;

    CorrectiveAction(UUID id, int position, String description, String owner, LocalDate dueOn, String evidenceExpected,
            VerificationMethod verification, ActionStatus status, @Nullable String returnedReason,
            @Nullable LocalDate verifiedOn, @Nullable LocalDate remindedOn, @Nullable LocalDate concernRaisedOn) {
        this.id = id;
        this.position = position;
        this.description = description;
        this.owner = owner;
        this.dueOn = dueOn;
        this.evidenceExpected = evidenceExpected;
        this.verification = verification;
        this.status = status;
        this.returnedReason = returnedReason;
        this.verifiedOn = verifiedOn;
        this.remindedOn = remindedOn;
        this.concernRaisedOn = concernRaisedOn;
    }

    ActionId id() {
        return new ActionId(id);
    }

    /** Open after its due date; only actions of a running plan are overdue. */
    boolean overdue(LocalDate today) {
        return status == ActionStatus.OPEN && dueOn.isBefore(today);
    }

    ActionDetails details(String planReference, boolean running, LocalDate today) {
        return new ActionDetails(id(), planReference + "/" + position, position, description, owner, dueOn,
                evidenceExpected, verification, status, returnedReason, verifiedOn, running && overdue(today),
                concernRaisedOn != null);
    }
}
