package org.custodes.monitoring.actionplan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.custodes.monitoring.FindingId;
import org.custodes.shared.Aggregate;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * The company's corrective action plan for one finding. Proposed by the company, accepted or returned (with a reason,
 * then revised and proposed again) by the secretariat; once accepted its actions run against their due dates, the
 * secretariat verifies each, and closes the plan with its finding only when every action is closed and the closure
 * rule of the finding's category is met.
 */
final class ActionPlan extends Aggregate {

    private final UUID id;
    private final String reference;
    private final FindingId finding;
    private final OrganisationId company;
    private PlanStatus status;
    private LocalDate proposedOn;
    private @Nullable String returnedReason;
    private @Nullable LocalDate decidedOn;
    private @Nullable VerificationMethod closedBy;
    private @Nullable String closureRecords;
    private @Nullable LocalDate closedOn;
    private List<CorrectiveAction> actions;
    private boolean actionsReplaced;

    ActionPlan(UUID id, String reference, FindingId finding, OrganisationId company, PlanStatus status,
            LocalDate proposedOn, @Nullable String returnedReason, @Nullable LocalDate decidedOn,
            @Nullable VerificationMethod closedBy, @Nullable String closureRecords, @Nullable LocalDate closedOn,
            List<CorrectiveAction> actions, long version) {
        super(version);
        this.id = id;
        this.reference = reference;
        this.finding = finding;
        this.company = company;
        this.status = status;
        this.proposedOn = proposedOn;
        this.returnedReason = returnedReason;
        this.decidedOn = decidedOn;
        this.closedBy = closedBy;
        this.closureRecords = closureRecords;
        this.closedOn = closedOn;
        this.actions = new ArrayList<>(actions);
    }

    /** The company's plan for a finding: at least one action, each complete and due today or later. */
    static ActionPlan propose(FindingId finding, String findingReference, OrganisationId company,
            List<ProposedAction> proposed, Clock clock) {
        var today = LocalDate.now(clock);
        var plan = new ActionPlan(UUID.randomUUID(), findingReference + "-P", finding, company, PlanStatus.PROPOSED,
                today, null, null, null, null, null, actions(proposed, today), 0);
        plan.changed(today);
        return plan;
    }

    /** After a return, the company proposes the plan again with its actions revised. */
    void revise(List<ProposedAction> proposed, Clock clock) {
        if (status != PlanStatus.RETURNED) {
            throw new ActionPlanRefused("monitoring.plan.not-returned");
        }
        var today = LocalDate.now(clock);
        actions = new ArrayList<>(actions(proposed, today));
        actionsReplaced = true;
        status = PlanStatus.PROPOSED;
        proposedOn = today;
        decidedOn = null;
        changed(today);
    }

    void accept(Clock clock) {
        decide(PlanStatus.ACCEPTED, null, clock);
    }

    void returnToCompany(@Nullable String reason, Clock clock) {
        if (reason == null || reason.isBlank()) {
            throw new ActionPlanRefused("monitoring.plan.reason-required", "reason");
        }
        decide(PlanStatus.RETURNED, reason.strip(), clock);
    }

    private void decide(PlanStatus decision, @Nullable String reason, Clock clock) {
        if (status != PlanStatus.PROPOSED) {
            throw new ActionPlanRefused("monitoring.plan.not-proposed");
        }
        var today = LocalDate.now(clock);
        status = decision;
        returnedReason = reason;
        decidedOn = today;
        changed(today);
    }

    /**
     * The secretariat's verification of one action of a running plan: accepted, it is closed; returned, it stays open
     * with the reason. The first verification puts the plan in progress.
     */
    void verify(ActionId action, boolean accepted, @Nullable String reason, Clock clock) {
        if (!status.running()) {
            throw new ActionPlanRefused("monitoring.plan.not-running");
        }
        var target = action(action);
        if (target.status == ActionStatus.CLOSED) {
            throw new ActionPlanRefused("monitoring.action.closed");
        }
        if (!accepted && (reason == null || reason.isBlank())) {
            throw new ActionPlanRefused("monitoring.action.reason-required", "reason");
        }
        var today = LocalDate.now(clock);
        target.status = accepted ? ActionStatus.CLOSED : ActionStatus.OPEN;
        target.returnedReason = accepted ? null : reason.strip();
        target.verifiedOn = today;
        register(new ActionVerified(id(), target.id(), reference + "/" + target.position, company, accepted, today));
        if (status == PlanStatus.ACCEPTED) {
            status = PlanStatus.IN_PROGRESS;
            changed(today);
        }
    }

    /**
     * The company may add evidence to an open action of a running plan; the first evidence puts an accepted plan in
     * progress.
     */
    void evidenceFor(ActionId action, UUID file, String contentType, int size, Clock clock) {
        if (!status.running()) {
            throw new ActionPlanRefused("monitoring.plan.not-running");
        }
        if (action(action).status == ActionStatus.CLOSED) {
            throw new ActionPlanRefused("monitoring.action.closed");
        }
        var today = LocalDate.now(clock);
        register(new EvidenceUploaded(id(), action, file, company, contentType, size, today));
        if (status == PlanStatus.ACCEPTED) {
            status = PlanStatus.IN_PROGRESS;
            changed(today);
        }
    }

    /**
     * Closes the plan and its finding: every action closed, and a category the rule reserves for return visits closed
     * by one, with the new records seen there.
     */
    void close(FindingCategory category, ClosureRule rule, @Nullable VerificationMethod method,
            @Nullable String records, Clock clock) {
        if (!status.running()) {
            throw new ActionPlanRefused("monitoring.plan.not-running");
        }
        if (actions.stream().anyMatch(action -> action.status != ActionStatus.CLOSED)) {
            throw new ActionPlanRefused("monitoring.plan.actions-open");
        }
        if (method == null) {
            throw new ActionPlanRefused("monitoring.plan.method-required", "method");
        }
        if (method != VerificationMethod.RETURN_VISIT && rule.needsReturnVisit(category)) {
            throw new ActionPlanRefused("monitoring.plan.return-visit-required", "method");
        }
        if (method == VerificationMethod.RETURN_VISIT && (records == null || records.isBlank())) {
            throw new ActionPlanRefused("monitoring.plan.records-required", "records");
        }
        var today = LocalDate.now(clock);
        status = PlanStatus.CLOSED;
        closedBy = method;
        closureRecords = records == null || records.isBlank() ? null : records.strip();
        closedOn = today;
        changed(today);
    }

    /**
     * What the daily job owes each overdue action of a running plan: a reminder, at most one every
     * {@code reminderEvery} days, and a concern, once, when it has been overdue {@code concernAfter} days.
     */
    List<ActionOverdue> chase(int reminderEvery, int concernAfter, Clock clock) {
        var today = LocalDate.now(clock);
        var owed = new ArrayList<ActionOverdue>();
        if (!status.running()) {
            return owed;
        }
        for (var action : actions) {
            if (!action.overdue(today)) {
                continue;
            }
            var days = ChronoUnit.DAYS.between(action.dueOn, today);
            var raise = action.concernRaisedOn == null && days >= concernAfter;
            var remind = action.remindedOn == null
                    || ChronoUnit.DAYS.between(action.remindedOn, today) >= reminderEvery;
            if (raise || remind) {
                action.remindedOn = today;
                if (raise) {
                    action.concernRaisedOn = today;
                }
                var event = new ActionOverdue(id(), action.id(), reference + "/" + action.position, finding, company,
                        action.dueOn, days, raise, today);
                register(event);
                owed.add(event);
            }
        }
        return owed;
    }

    ActionPlanDetails details(String findingReference, String companyName, FindingCategory category,
            ClosureRule rule, LocalDate today, List<EvidenceFile> evidence) {
        return new ActionPlanDetails(id(), reference, finding, findingReference, company, companyName, category,
                rule.needsReturnVisit(category), status, proposedOn, returnedReason, decidedOn, closedBy,
                closureRecords, closedOn,
                actions.stream().map(action -> action.details(reference, status.running(), today)).toList(),
                evidence);
    }

    private CorrectiveAction action(ActionId id) {
        return actions.stream().filter(action -> action.id().equals(id)).findFirst()
                .orElseThrow(() -> new ActionPlanRefused("monitoring.action.unknown"));
    }

    private static List<CorrectiveAction> actions(List<ProposedAction> proposed, LocalDate today) {
        if (proposed.isEmpty()) {
            throw new ActionPlanRefused("monitoring.plan.actions-required", "actions");
        }
        var actions = new ArrayList<CorrectiveAction>();
        for (var p : proposed) {
            var at = "actions[" + actions.size() + "].";
            var description = required(p.description(), at, "description");
            var owner = required(p.owner(), at, "owner");
            if (p.dueOn() == null) {
                throw new ActionPlanRefused("monitoring.action.due-required", at + "dueOn");
            }
            if (p.dueOn().isBefore(today)) {
                throw new ActionPlanRefused("monitoring.action.due-past", at + "dueOn");
            }
            var evidence = required(p.evidenceExpected(), at, "evidenceExpected");
            if (p.verification() == null) {
                throw new ActionPlanRefused("monitoring.action.verification-required", at + "verification");
            }
            actions.add(new CorrectiveAction(UUID.randomUUID(), actions.size() + 1, description, owner, p.dueOn(),
                    evidence, p.verification(), ActionStatus.OPEN, null, null, null, null));
        }
        return actions;
    }

    /** A required text of the action at {@code at} ("actions[0]." for the first), named as that field. */
    private static String required(@Nullable String text, String at, String field) {
        if (text == null || text.isBlank()) {
            throw new ActionPlanRefused("monitoring.action." + field + "-required", at + field);
        }
        if (text.strip().length() > 4000) {
            throw new ActionPlanRefused("monitoring.action.too-long", at + field);
        }
        return text.strip();
    }

    private void changed(LocalDate on) {
        register(new ActionPlanChanged(id(), reference, finding, company, status, on));
    }

    ActionPlanId id() {
        return new ActionPlanId(id);
    }

    String reference() {
        return reference;
    }

    FindingId finding() {
        return finding;
    }

    OrganisationId company() {
        return company;
    }

    PlanStatus status() {
        return status;
    }

    LocalDate proposedOn() {
        return proposedOn;
    }

    @Nullable String returnedReason() {
        return returnedReason;
    }

    @Nullable LocalDate decidedOn() {
        return decidedOn;
    }

    @Nullable VerificationMethod closedBy() {
        return closedBy;
    }

    @Nullable String closureRecords() {
        return closureRecords;
    }

    @Nullable LocalDate closedOn() {
        return closedOn;
    }

    List<CorrectiveAction> actions() {
        return List.copyOf(actions);
    }

    boolean actionsReplaced() {
        return actionsReplaced;
    }

    /** Called by the repository once the plan's actions are written. */
    void actionsSaved() {
        actionsReplaced = false;
    }
}
