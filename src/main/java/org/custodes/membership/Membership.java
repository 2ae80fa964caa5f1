package org.custodes.membership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.custodes.membership.outcome.CertificationDeadlinePolicy;
import org.custodes.membership.sanction.RightOfReply;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.UserId;
import org.jspecify.annotations.Nullable;

/**
 * The membership of one organisation: its current status, the dates its rules depend on and the dated history of
 * every transition. Each transition checks the lifecycle and records a {@link MembershipStatusChanged}.
 */
public class Membership {

    private static final Set<MembershipStatus> MAY_APPLY_AGAIN = EnumSet.of(MembershipStatus.REJECTED,
            MembershipStatus.WITHDRAWN, MembershipStatus.TERMINATED);
    private static final Set<MembershipStatus> MAY_WITHDRAW = EnumSet.of(MembershipStatus.APPLICANT,
            MembershipStatus.MEMBER, MembershipStatus.CERTIFIED_MEMBER, MembershipStatus.AFFILIATE, MembershipStatus.OBSERVER);

    private final OrganisationId organisation;
    private final MembershipPillar pillar;
    private final long version;
    private MembershipStatus status;
    private @Nullable LocalDate joinedOn;
    private @Nullable LocalDate certificationDeadline;
    private @Nullable MembershipStatus statusBeforeSuspension;
    private @Nullable LocalDate deadlinePassedOn;
    private @Nullable TerminationProposal terminationProposal;
    private final List<StatusChange> history;
    private final List<StatusChange> unsaved = new ArrayList<>();
    private final List<Object> events = new ArrayList<>();

    /** A termination proposed outside the sanctions ladder (non-payment, no self-assessment), awaiting its reply. */
    record TerminationProposal(TerminationGround ground, RightOfReply rightOfReply) {
    }

    Membership(OrganisationId organisation, MembershipPillar pillar, long version, MembershipStatus status,
            @Nullable LocalDate joinedOn, @Nullable LocalDate certificationDeadline,
            @Nullable MembershipStatus statusBeforeSuspension, @Nullable LocalDate deadlinePassedOn,
            @Nullable TerminationProposal terminationProposal, List<StatusChange> history) {
        this.organisation = organisation;
        this.pillar = pillar;
        this.version = version;
        this.status = status;
        this.joinedOn = joinedOn;
        this.certificationDeadline = certificationDeadline;
        this.statusBeforeSuspension = statusBeforeSuspension;
        this.deadlinePassedOn = deadlinePassedOn;
        this.terminationProposal = terminationProposal;
        this.history = new ArrayList<>(history);
    }

    /** The first status of an organisation: it applied in its pillar. */
    static Membership applyFor(OrganisationId organisation, MembershipPillar pillar, MembershipDecision decision,
            @Nullable UserId by) {
        var membership = new Membership(organisation, pillar, -1, MembershipStatus.APPLICANT, null, null, null, null,
                null, List.of());
        membership.record(null, MembershipStatus.APPLICANT, decision, by, null);
        return membership;
    }

    /** A rejected, withdrawn or terminated organisation applies again. */
    void applyAgain(MembershipDecision decision, @Nullable UserId by) {
        require(MAY_APPLY_AGAIN.contains(status), MembershipStatus.APPLICANT);
        joinedOn = null;
        certificationDeadline = null;
        deadlinePassedOn = null;
        terminationProposal = null;
        move(MembershipStatus.APPLICANT, decision, by, null);
    }

    /**
     * The Board admitted the applicant. A company joins as a member that is not yet certified, with a certification
     * deadline; states and civil-society organisations join as members; observers as observers.
     */
    public void admit(MembershipDecision decision, @Nullable UserId by, CertificationDeadlinePolicy deadlines) {
        var target = pillar == MembershipPillar.OBSERVER ? MembershipStatus.OBSERVER : MembershipStatus.MEMBER;
        require(status == MembershipStatus.APPLICANT, target);
        joinedOn = decision.effectiveOn();
        if (pillar == MembershipPillar.COMPANY) {
            certificationDeadline = deadlines.deadlineFor(decision.effectiveOn());
        }
        move(target, decision, by, null);
    }

    public void reject(MembershipDecision decision, @Nullable UserId by) {
        require(status == MembershipStatus.APPLICANT, MembershipStatus.REJECTED);
        move(MembershipStatus.REJECTED, decision, by, null);
    }

    /** The company obtained its certification (driven by the certification module). */
    void recordCertified(MembershipDecision decision, @Nullable UserId by) {
        require(pillar == MembershipPillar.COMPANY
                && (status == MembershipStatus.MEMBER || status == MembershipStatus.AFFILIATE), MembershipStatus.CERTIFIED_MEMBER);
        deadlinePassedOn = null;
        move(MembershipStatus.CERTIFIED_MEMBER, decision, by, null);
    }

    /**
     * The company's certification lapsed: it is a member that is not certified again. If its deadline has passed,
     * the daily job raises it to the secretariat, which may then make it an affiliate.
     */
    void recordCertificationLapsed(MembershipDecision decision, @Nullable UserId by) {
        require(status == MembershipStatus.CERTIFIED_MEMBER, MembershipStatus.MEMBER);
        move(MembershipStatus.MEMBER, decision, by, null);
    }

    /**
     * A member company whose certification deadline passed becomes an affiliate, only if its latest self-assessment
     * was satisfactory (the caller takes that from the reporting module's accepted report).
     */
    void becomeAffiliate(MembershipDecision decision, @Nullable UserId by, boolean latestSelfAssessmentSatisfactory) {
        require(pillar == MembershipPillar.COMPANY && status == MembershipStatus.MEMBER, MembershipStatus.AFFILIATE);
        if (certificationDeadline == null || !decision.effectiveOn().isAfter(certificationDeadline)) {
            throw new MembershipRuleViolation("membership.affiliate.deadline-not-passed", certificationDeadline);
        }
        if (!latestSelfAssessmentSatisfactory) {
            throw new MembershipRuleViolation("membership.affiliate.self-assessment-required");
        }
        move(MembershipStatus.AFFILIATE, decision, by, null);
    }

    /** Suspension is decided only on the sanctions ladder, which calls this. */
    public void suspend(MembershipDecision decision, @Nullable UserId by) {
        require(status.belongs() && status != MembershipStatus.SUSPENDED, MembershipStatus.SUSPENDED);
        statusBeforeSuspension = status;
        move(MembershipStatus.SUSPENDED, decision, by, null);
    }

    /** Corrective action was accepted: the suspended member returns to the status it had. */
    public void reinstate(MembershipDecision decision, @Nullable UserId by) {
        var previous = statusBeforeSuspension;
        require(status == MembershipStatus.SUSPENDED && previous != null,
                previous == null ? MembershipStatus.MEMBER : previous);
        statusBeforeSuspension = null;
        move(previous, decision, by, null);
    }

    /** Opens the company's right of reply before the Board may terminate it on this ground. */
    public void proposeTermination(TerminationGround ground, LocalDate proposedOn, LocalDate replyDeadline) {
        if (!status.belongs()) {
            throw new IllegalTransition(status, MembershipStatus.TERMINATED);
        }
        if (replyDeadline.isBefore(proposedOn)) {
            throw new MembershipRuleViolation("membership.reply.deadline-before-request");
        }
        terminationProposal = new TerminationProposal(ground, new RightOfReply(proposedOn, replyDeadline, null, null));
    }

    void replyToTerminationProposal(String reply, LocalDate on) {
        var proposal = terminationProposal;
        if (proposal == null) {
            throw new MembershipRuleViolation("membership.reply.nothing-to-answer");
        }
        terminationProposal = new TerminationProposal(proposal.ground(), proposal.rightOfReply().answer(reply, on));
    }

    /** Terminates on the pending proposal's ground, once its right of reply is on record. */
    void terminateOnProposal(MembershipDecision decision, @Nullable UserId by) {
        var proposal = terminationProposal;
        if (proposal == null) {
            throw new MembershipRuleViolation("membership.termination.reply-required");
        }
        terminate(decision, by, proposal.ground(), proposal.rightOfReply());
    }

    /** Termination needs a recorded right of reply: the company answered, or stayed silent past the deadline. */
    public void terminate(MembershipDecision decision, @Nullable UserId by, TerminationGround ground, RightOfReply reply) {
        require(status.belongs(), MembershipStatus.TERMINATED);
        if (!reply.onRecord(decision.effectiveOn())) {
            throw new MembershipRuleViolation("membership.termination.reply-required");
        }
        statusBeforeSuspension = null;
        terminationProposal = null;
        move(MembershipStatus.TERMINATED, decision, by, ground);
    }

    /** The organisation leaves of its own will (or withdraws its application). A suspended member may not. */
    void withdraw(MembershipDecision decision, @Nullable UserId by) {
        require(MAY_WITHDRAW.contains(status), MembershipStatus.WITHDRAWN);
        move(MembershipStatus.WITHDRAWN, decision, by, null);
    }

    /**
     * Raises the passed certification deadline to the secretariat (once); the status does not change by itself.
     * Returns whether the flag was raised now.
     */
    public boolean flagDeadlineIfPassed(LocalDate today) {
        if (status == MembershipStatus.MEMBER && certificationDeadline != null && today.isAfter(certificationDeadline)
                && deadlinePassedOn == null) {
            deadlinePassedOn = today;
            return true;
        }
        return false;
    }

    private void require(boolean allowed, MembershipStatus target) {
        if (!allowed) {
            throw new IllegalTransition(status, target);
        }
    }

    private void move(MembershipStatus target, MembershipDecision decision, @Nullable UserId by,
            @Nullable TerminationGround ground) {
        if (!history.isEmpty() && decision.effectiveOn().isBefore(history.getLast().effectiveOn())) {
            throw new MembershipRuleViolation("membership.transition.backdated", history.getLast().effectiveOn());
        }
        var previous = status;
        status = target;
        record(previous, target, decision, by, ground);
    }

    private void record(@Nullable MembershipStatus previous, MembershipStatus target, MembershipDecision decision,
            @Nullable UserId by, @Nullable TerminationGround ground) {
        var change = new StatusChange(previous, target, decision.effectiveOn(), by, decision.reason(),
                decision.decisionReference(), ground);
        history.add(change);
        unsaved.add(change);
        events.add(new MembershipStatusChanged(organisation, previous, target, decision.effectiveOn(),
                decision.reason(), decision.decisionReference(), by));
    }

    OrganisationId organisation() {
        return organisation;
    }

    public MembershipPillar pillar() {
        return pillar;
    }

    long version() {
        return version;
    }

    boolean isNew() {
        return version < 0;
    }

    public MembershipStatus status() {
        return status;
    }

    @Nullable LocalDate joinedOn() {
        return joinedOn;
    }

    @Nullable LocalDate certificationDeadline() {
        return certificationDeadline;
    }

    @Nullable MembershipStatus statusBeforeSuspension() {
        return statusBeforeSuspension;
    }

    @Nullable LocalDate deadlinePassedOn() {
        return deadlinePassedOn;
    }

    @Nullable TerminationProposal terminationProposal() {
        return terminationProposal;
    }

    List<StatusChange> history() {
        return List.copyOf(history);
    }

    /** Transitions not yet written, with the sequence number each will get. */
    int firstUnsavedSequence() {
        return history.size() - unsaved.size();
    }

    List<StatusChange> unsaved() {
        return List.copyOf(unsaved);
    }

    List<Object> pendingEvents() {
        return List.copyOf(events);
    }

    void saved() {
        unsaved.clear();
        events.clear();
    }

    MembershipDetails details() {
        var proposal = terminationProposal;
        return new MembershipDetails(organisation, pillar, status, joinedOn, certificationDeadline, deadlinePassedOn,
                statusBeforeSuspension, proposal == null ? null : proposal.ground(),
                proposal == null ? null : proposal.rightOfReply(), history());
    }
}
