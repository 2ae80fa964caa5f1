package org.custodes.membership.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.custodes.membership.MembershipRuleViolation;
import org.custodes.membership.SanctionStep;
import org.custodes.membership.SanctionStepDecided;
import org.custodes.membership.sanction.RightOfReply;
import org.custodes.membership.sanction.SanctionStepRecord;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.UserId;
import org.jspecify.annotations.Nullable;

/**
 * One company's case on the sanctions ladder: compliance concern, secretariat recommendations, Board corrective
 * action with a due date, suspension, termination. Every step after the first needs the company's right of reply on
 * record; accepting the corrective action (or earlier compliance) resolves the case.
 */
public class ComplianceCase {

    private final ComplianceCaseId id;
    private final String reference;
    private final OrganisationId organisation;
    private final String summary;
    private final LocalDate openedOn;
    private final long version;
    private final List<SanctionStepRecord> steps;
    private int savedSteps;
    private @Nullable RightOfReply pendingReply;
    private @Nullable LocalDate resolvedOn;
    private @Nullable String resolution;
    private final List<Object> events = new ArrayList<>();

    ComplianceCase(ComplianceCaseId id, String reference, OrganisationId organisation, String summary,
            LocalDate openedOn, long version, List<SanctionStepRecord> steps, @Nullable RightOfReply pendingReply,
            @Nullable LocalDate resolvedOn, @Nullable String resolution) {
        this.id = id;
        this.reference = reference;
        this.organisation = organisation;
        this.summary = summary;
        this.openedOn = openedOn;
        this.version = version;
        this.steps = new ArrayList<>(steps);
        this.savedSteps = steps.size();
        this.pendingReply = pendingReply;
        this.resolvedOn = resolvedOn;
        this.resolution = resolution;
    }

    /** The secretariat raises a compliance concern: the first step, which needs no reply. */
    public static ComplianceCase open(OrganisationId organisation, String reference, String summary, LocalDate today,
            @Nullable UserId by) {
        if (summary.isBlank()) {
            throw new MembershipRuleViolation("membership.application.text-required");
        }
        var complianceCase = new ComplianceCase(new ComplianceCaseId(UUID.randomUUID()), reference, organisation,
                summary.strip(), today, -1, List.of(), null, null, null);
        complianceCase.record(new SanctionStepRecord(SanctionStep.COMPLIANCE_CONCERN, today, null, summary.strip(), by,
                null));
        return complianceCase;
    }

    /** The step that may be decided next, or null once the ladder's end was reached or the case resolved. */
    @Nullable SanctionStep nextStep() {
        var current = steps.getLast().step();
        if (resolvedOn != null || current == SanctionStep.TERMINATION) {
            return null;
        }
        return SanctionStep.values()[current.ordinal() + 1];
    }

    /** Gives the company until {@code deadline} to reply before the next step can be decided. */
    public void requestReply(LocalDate deadline, LocalDate today) {
        requireOpen();
        if (nextStep() == null) {
            throw new MembershipRuleViolation("membership.case.no-next-step");
        }
        if (deadline.isBefore(today)) {
            throw new MembershipRuleViolation("membership.reply.deadline-before-request");
        }
        if (pendingReply != null && !pendingReply.onRecord(today)) {
            throw new MembershipRuleViolation("membership.case.reply-already-requested", pendingReply.deadline());
        }
        pendingReply = new RightOfReply(today, deadline, null, null);
    }

    public void reply(String text, LocalDate today) {
        requireOpen();
        if (pendingReply == null) {
            throw new MembershipRuleViolation("membership.reply.nothing-to-answer");
        }
        if (text.isBlank()) {
            throw new MembershipRuleViolation("membership.application.text-required");
        }
        pendingReply = pendingReply.answer(text.strip(), today);
    }

    /**
     * Decides the next step of the ladder. Refused unless it is the next step, the company's reply (or its silence
     * past the deadline) is on record, and a corrective action has a due date after today.
     */
    public SanctionStepRecord decide(SanctionStep step, LocalDate today, @Nullable LocalDate dueOn, String decisionSummary,
            @Nullable UserId by) {
        requireOpen();
        var next = nextStep();
        if (step != next) {
            throw new MembershipRuleViolation("membership.case.not-next-step", step.name());
        }
        var reply = pendingReply;
        if (reply == null || !reply.onRecord(today)) {
            throw new MembershipRuleViolation("membership.case.reply-required");
        }
        if (step == SanctionStep.CORRECTIVE_ACTION && (dueOn == null || !dueOn.isAfter(today))) {
            throw new MembershipRuleViolation("membership.case.due-date-required");
        }
        if (decisionSummary.isBlank()) {
            throw new MembershipRuleViolation("membership.application.text-required");
        }
        var record = new SanctionStepRecord(step, today, step == SanctionStep.CORRECTIVE_ACTION ? dueOn : null,
                decisionSummary.strip(), by, reply);
        pendingReply = null;
        record(record);
        if (step == SanctionStep.TERMINATION) {
            resolvedOn = today;
            resolution = decisionSummary.strip();
        }
        return record;
    }

    /**
     * The company complied (the corrective action was accepted, or earlier recommendations were followed): the case
     * is resolved. Returns whether the company was suspended on this case, so that it can be reinstated.
     */
    public boolean resolve(String note, LocalDate today) {
        requireOpen();
        var current = steps.getLast().step();
        if (note.isBlank()) {
            throw new MembershipRuleViolation("membership.application.text-required");
        }
        resolvedOn = today;
        resolution = note.strip();
        pendingReply = null;
        events.add(new SanctionStepDecided(organisation, reference, current, today, null, true));
        return current == SanctionStep.SUSPENSION;
    }

    private void record(SanctionStepRecord record) {
        steps.add(record);
        events.add(new SanctionStepDecided(organisation, reference, record.step(), record.decidedOn(), record.dueOn(),
                false));
    }

    private void requireOpen() {
        if (resolvedOn != null) {
            throw new MembershipRuleViolation("membership.case.closed");
        }
    }

    ComplianceCaseId id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public OrganisationId organisation() {
        return organisation;
    }

    String summary() {
        return summary;
    }

    LocalDate openedOn() {
        return openedOn;
    }

    long version() {
        return version;
    }

    boolean isNew() {
        return version < 0;
    }

    public List<SanctionStepRecord> steps() {
        return List.copyOf(steps);
    }

    List<SanctionStepRecord> unsavedSteps() {
        return List.copyOf(steps.subList(savedSteps, steps.size()));
    }

    int savedSteps() {
        return savedSteps;
    }

    @Nullable RightOfReply pendingReply() {
        return pendingReply;
    }

    @Nullable LocalDate resolvedOn() {
        return resolvedOn;
    }

    @Nullable String resolution() {
        return resolution;
    }

    public List<Object> pendingEvents() {
        return List.copyOf(events);
    }

    public void saved() {
        savedSteps = steps.size();
        events.clear();
    }

    public ComplianceCaseDetails details(String organisationName) {
        return new ComplianceCaseDetails(id, reference, organisation, organisationName, summary, openedOn, resolvedOn,
                resolution, steps, nextStep(), pendingReply);
    }
}
