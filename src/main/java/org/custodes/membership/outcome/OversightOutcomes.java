package org.custodes.membership.outcome;

import java.time.Period;

import org.custodes.certification.CertificationLapsed;
import org.custodes.certification.CompanyCertified;
import org.custodes.complaint.ComplaintReferredToBoard;
import org.custodes.membership.LatestSelfAssessment;
import org.custodes.membership.Lifecycle;
import org.custodes.membership.MembershipRuleViolation;
import org.custodes.membership.MembershipService;
import org.custodes.membership.MembershipStatus;
import org.custodes.membership.TerminationGround;
import org.custodes.membership.compliance.ComplianceCases;
import org.custodes.membership.sanction.SanctionsLadder;
import org.custodes.monitoring.ConcernReferredToBoard;
import org.custodes.reporting.SelfAssessmentAccepted;
import org.custodes.reporting.SelfAssessmentNotSubmitted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What other oversight work tells membership: certification decisions move a company between member and certified
 * member, a complaint or a monitoring concern referred to the Board opens a compliance case, and a missing self-assessment opens a proposal
 * to terminate with the company's right of reply; an accepted self-assessment is kept for the Affiliate rule. Each
 * listener runs after the other
 * module's commit, in its own transaction, and is safe to run twice: a change the lifecycle no longer allows (the
 * company is already certified, or has left) is recorded in the log and not retried.
 */
@Component
class OversightOutcomes {

    private static final Logger log = LoggerFactory.getLogger(OversightOutcomes.class);

    private static final Period REPLY_PERIOD = Period.ofDays(30);

    private final MembershipService memberships;
    private final SanctionsLadder ladder;
    private final Lifecycle lifecycle;
    private final ComplianceCases cases;

    OversightOutcomes(MembershipService memberships, SanctionsLadder ladder, Lifecycle lifecycle,
            ComplianceCases cases) {
        this.memberships = memberships;
        this.ladder = ladder;
        this.lifecycle = lifecycle;
        this.cases = cases;
    }

    @ApplicationModuleListener
    void on(CompanyCertified event) {
        if (memberships.statusOf(event.company()).orElse(null) == MembershipStatus.CERTIFIED_MEMBER) {
            return;
        }
        apply(() -> memberships.recordCertified(event.company(), event.certifiedOn(), event.decisionReference()),
                "certification " + event.decisionReference());
    }

    @ApplicationModuleListener
    void on(CertificationLapsed event) {
        if (memberships.statusOf(event.company()).orElse(null) != MembershipStatus.CERTIFIED_MEMBER) {
            return;
        }
        apply(() -> memberships.recordCertificationLapsed(event.company(), event.lapsedOn(), event.reason().name()),
                "lapse of certification " + event.certification());
    }

    @ApplicationModuleListener
    void on(ComplaintReferredToBoard event) {
        var paragraphs = event.codeParagraphs().isEmpty() ? "" : " (Code paragraphs " + event.codeParagraphs() + ")";
        apply(() -> ladder.open(event.company(), "Referred by complaint " + event.complaint() + paragraphs),
                "referral of complaint " + event.complaint());
    }

    /** The Executive Director referred a monitoring concern: once per concern, even if the event comes twice. */
    @ApplicationModuleListener
    void on(ConcernReferredToBoard event) {
        var opening = "Referred by monitoring concern " + event.reference();
        if (cases.openedAs(event.company(), opening + " ")) {
            return;
        }
        var paragraphs = event.codeParagraphs().isEmpty() ? "" : ", Code paragraphs " + event.codeParagraphs();
        apply(() -> ladder.open(event.company(), opening + " (" + event.category().name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', ' ') + paragraphs + ")"), "referral of concern " + event.reference());
    }

    /** A member that did not report: the termination ground opens with the company's right of reply. */
    @ApplicationModuleListener
    void on(SelfAssessmentNotSubmitted event) {
        var status = memberships.statusOf(event.company()).orElse(null);
        if (status == null || !status.belongs() || status == MembershipStatus.OBSERVER) {
            return;
        }
        apply(() -> lifecycle.change(event.company(), membership -> membership.proposeTermination(
                        TerminationGround.NO_SELF_ASSESSMENT, event.flaggedOn(), event.flaggedOn().plus(REPLY_PERIOD))),
                "missing self-assessment of " + event.year());
    }

    @ApplicationModuleListener
    void on(SelfAssessmentAccepted event) {
        memberships.recordSelfAssessment(event.company(),
                new LatestSelfAssessment(event.year(), event.satisfactory(), event.acceptedOn()));
    }

    private static void apply(Runnable change, String what) {
        try {
            change.run();
        } catch (MembershipRuleViolation refused) {
            log.warn("Membership did not follow the {}: {}", what, refused.messageKey());
        }
    }
}
