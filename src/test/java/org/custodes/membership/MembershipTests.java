package org.custodes.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import java.util.UUID;

import org.custodes.membership.outcome.CertificationDeadlinePolicy;
import org.custodes.membership.sanction.RightOfReply;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.UserId;
import org.junit.jupiter.api.Test;

class MembershipTests {

    static final OrganisationId ORGANISATION = new OrganisationId(UUID.randomUUID());
    static final UserId SECRETARY = new UserId(UUID.randomUUID());
    static final CertificationDeadlinePolicy THREE_YEARS = new CertificationDeadlinePolicy(3);
    static final LocalDate APPLIED = LocalDate.of(2026, 2, 1);
    static final LocalDate JOINED = LocalDate.of(2026, 3, 10);

    static MembershipDecision on(LocalDate date) {
        return new MembershipDecision(date, "test", "REF-1");
    }

    static Membership applicant(MembershipPillar pillar) {
        return Membership.applyFor(ORGANISATION, pillar, on(APPLIED), SECRETARY);
    }

    static Membership memberCompany() {
        var membership = applicant(MembershipPillar.COMPANY);
        membership.admit(on(JOINED), SECRETARY, THREE_YEARS);
        return membership;
    }

    static RightOfReply silentReply(LocalDate deadline) {
        return new RightOfReply(deadline.minusDays(30), deadline, null, null);
    }

    @Test
    void applyingRecordsTheFirstStatusWithoutAPreviousOne() {
        var membership = applicant(MembershipPillar.COMPANY);

        assertThat(membership.status()).isEqualTo(MembershipStatus.APPLICANT);
        assertThat(membership.pendingEvents()).containsExactly(new MembershipStatusChanged(ORGANISATION, null,
                MembershipStatus.APPLICANT, APPLIED, "test", "REF-1", SECRETARY));
    }

    @Test
    void anAdmittedCompanyIsAMemberWithADeadlineOnThe31stOfDecemberOfTheThirdYearAfterJoining() {
        var membership = memberCompany();

        assertThat(membership.status()).isEqualTo(MembershipStatus.MEMBER);
        assertThat(membership.joinedOn()).isEqualTo(JOINED);
        assertThat(membership.certificationDeadline()).isEqualTo(LocalDate.of(2029, 12, 31));
        assertThat(membership.history()).extracting(StatusChange::to)
                .containsExactly(MembershipStatus.APPLICANT, MembershipStatus.MEMBER);
        assertThat(membership.pendingEvents()).last().isEqualTo(new MembershipStatusChanged(ORGANISATION,
                MembershipStatus.APPLICANT, MembershipStatus.MEMBER, JOINED, "test", "REF-1", SECRETARY));
    }

    @Test
    void theDeadlineCountsCalendarYearsAtTheYearBoundaries() {
        assertThat(THREE_YEARS.deadlineFor(LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(2029, 12, 31));
        assertThat(THREE_YEARS.deadlineFor(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2029, 12, 31));
        assertThat(THREE_YEARS.deadlineFor(LocalDate.of(2027, 1, 1))).isEqualTo(LocalDate.of(2030, 12, 31));
        assertThat(new CertificationDeadlinePolicy(2).deadlineFor(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void statesAndCivilSocietyJoinAsMembersWithoutADeadline() {
        for (var pillar : new MembershipPillar[] { MembershipPillar.STATE, MembershipPillar.CIVIL_SOCIETY }) {
            var membership = applicant(pillar);
            membership.admit(on(JOINED), SECRETARY, THREE_YEARS);
            assertThat(membership.status()).isEqualTo(MembershipStatus.MEMBER);
            assertThat(membership.certificationDeadline()).isNull();
        }
    }

    @Test
    void admittedObserversBecomeObservers() {
        var membership = applicant(MembershipPillar.OBSERVER);
        membership.admit(on(JOINED), SECRETARY, THREE_YEARS);
        assertThat(membership.status()).isEqualTo(MembershipStatus.OBSERVER);
    }

    @Test
    void anApplicantMayBeRejectedAndApplyAgain() {
        var membership = applicant(MembershipPillar.COMPANY);
        membership.reject(on(JOINED), SECRETARY);
        assertThat(membership.status()).isEqualTo(MembershipStatus.REJECTED);

        membership.applyAgain(on(JOINED.plusDays(1)), SECRETARY);
        assertThat(membership.status()).isEqualTo(MembershipStatus.APPLICANT);
    }

    @Test
    void onlyAnApplicantMayBeAdmittedOrRejected() {
        var membership = memberCompany();
        assertThatExceptionOfType(IllegalTransition.class).isThrownBy(() -> membership.admit(on(JOINED), SECRETARY, THREE_YEARS));
        assertThatExceptionOfType(IllegalTransition.class).isThrownBy(() -> membership.reject(on(JOINED), SECRETARY))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("membership.transition.illegal"));
    }

    @Test
    void certificationMovesAMemberToCertifiedAndALapseBack() {
        var membership = memberCompany();
        membership.recordCertified(on(JOINED.plusYears(1)), null);
        assertThat(membership.status()).isEqualTo(MembershipStatus.CERTIFIED_MEMBER);

        membership.recordCertificationLapsed(on(JOINED.plusYears(4)), null);
        assertThat(membership.status()).isEqualTo(MembershipStatus.MEMBER);
    }

    @Test
    void onlyCompaniesAreCertified() {
        var membership = applicant(MembershipPillar.STATE);
        membership.admit(on(JOINED), SECRETARY, THREE_YEARS);
        assertThatExceptionOfType(IllegalTransition.class).isThrownBy(() -> membership.recordCertified(on(JOINED), null));
    }

    @Test
    void aLapseNeedsACertifiedMember() {
        var membership = memberCompany();
        assertThatExceptionOfType(IllegalTransition.class)
                .isThrownBy(() -> membership.recordCertificationLapsed(on(JOINED), null));
    }

    @Test
    void aMemberBecomesAnAffiliateOnlyAfterItsDeadlineWithASatisfactorySelfAssessment() {
        var membership = memberCompany();
        var onDeadline = LocalDate.of(2029, 12, 31);
        var dayAfter = LocalDate.of(2030, 1, 1);

        assertThatExceptionOfType(MembershipRuleViolation.class)
                .isThrownBy(() -> membership.becomeAffiliate(on(onDeadline), SECRETARY, true))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("membership.affiliate.deadline-not-passed"));
        assertThatExceptionOfType(MembershipRuleViolation.class)
                .isThrownBy(() -> membership.becomeAffiliate(on(dayAfter), SECRETARY, false))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("membership.affiliate.self-assessment-required"));

        membership.becomeAffiliate(on(dayAfter), SECRETARY, true);
        assertThat(membership.status()).isEqualTo(MembershipStatus.AFFILIATE);
    }

    @Test
    void anAffiliateMayStillBeCertified() {
        var membership = memberCompany();
        membership.becomeAffiliate(on(LocalDate.of(2030, 1, 2)), SECRETARY, true);
        membership.recordCertified(on(LocalDate.of(2030, 6, 1)), null);
        assertThat(membership.status()).isEqualTo(MembershipStatus.CERTIFIED_MEMBER);
    }

    @Test
    void theDeadlineIsRaisedOnceTheDayAfterItPassedWithoutChangingTheStatus() {
        var membership = memberCompany();

        assertThat(membership.flagDeadlineIfPassed(LocalDate.of(2029, 12, 31))).isFalse();
        assertThat(membership.flagDeadlineIfPassed(LocalDate.of(2030, 1, 1))).isTrue();
        assertThat(membership.flagDeadlineIfPassed(LocalDate.of(2030, 1, 2))).isFalse();
        assertThat(membership.deadlinePassedOn()).isEqualTo(LocalDate.of(2030, 1, 1));
        assertThat(membership.status()).isEqualTo(MembershipStatus.MEMBER);
    }

    @Test
    void aCertifiedMemberIsNeverRaisedForItsDeadline() {
        var membership = memberCompany();
        membership.recordCertified(on(JOINED.plusMonths(6)), null);
        assertThat(membership.flagDeadlineIfPassed(LocalDate.of(2031, 1, 1))).isFalse();
    }

    @Test
    void aSuspendedMemberReturnsToItsPreviousStatus() {
        var membership = memberCompany();
        membership.recordCertified(on(JOINED.plusMonths(6)), null);
        membership.suspend(on(JOINED.plusMonths(8)), SECRETARY);
        assertThat(membership.status()).isEqualTo(MembershipStatus.SUSPENDED);

        membership.reinstate(on(JOINED.plusMonths(10)), SECRETARY);
        assertThat(membership.status()).isEqualTo(MembershipStatus.CERTIFIED_MEMBER);
        assertThat(membership.statusBeforeSuspension()).isNull();
    }

    @Test
    void onlyBelongingOrganisationsMayBeSuspendedAndOnlySuspendedOnesReinstated() {
        var applicant = applicant(MembershipPillar.COMPANY);
        assertThatExceptionOfType(IllegalTransition.class).isThrownBy(() -> applicant.suspend(on(JOINED), SECRETARY));
        var member = memberCompany();
        assertThatExceptionOfType(IllegalTransition.class).isThrownBy(() -> member.reinstate(on(JOINED), SECRETARY));
        member.suspend(on(JOINED), SECRETARY);
        assertThatExceptionOfType(IllegalTransition.class).isThrownBy(() -> member.suspend(on(JOINED), SECRETARY));
    }

    @Test
    void terminationIsRefusedWhileTheRightOfReplyIsOpen() {
        var membership = memberCompany();
        var deadline = LocalDate.of(2027, 5, 31);

        assertThatExceptionOfType(MembershipRuleViolation.class)
                .isThrownBy(() -> membership.terminate(on(deadline), SECRETARY, TerminationGround.LACK_OF_GOOD_FAITH,
                        silentReply(deadline)))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("membership.termination.reply-required"));
        assertThat(membership.status()).isEqualTo(MembershipStatus.MEMBER);
    }

    @Test
    void terminationFollowsSilencePastTheDeadlineOrAReply() {
        var silent = memberCompany();
        var deadline = LocalDate.of(2027, 5, 31);
        silent.terminate(on(deadline.plusDays(1)), SECRETARY, TerminationGround.NO_SELF_ASSESSMENT, silentReply(deadline));
        assertThat(silent.status()).isEqualTo(MembershipStatus.TERMINATED);
        assertThat(silent.history().getLast().terminationGround()).isEqualTo(TerminationGround.NO_SELF_ASSESSMENT);

        var answered = memberCompany();
        var reply = new RightOfReply(deadline.minusDays(30), deadline, deadline.minusDays(3), "We disagree");
        answered.terminate(on(deadline.minusDays(1)), SECRETARY, TerminationGround.OTHER, reply);
        assertThat(answered.status()).isEqualTo(MembershipStatus.TERMINATED);
    }

    @Test
    void aProposedTerminationWaitsForTheReplyAndTakesItsGround() {
        var membership = memberCompany();
        var proposedOn = LocalDate.of(2027, 4, 1);
        membership.proposeTermination(TerminationGround.NON_PAYMENT, proposedOn, proposedOn.plusDays(30));

        assertThatExceptionOfType(MembershipRuleViolation.class)
                .isThrownBy(() -> membership.terminateOnProposal(on(proposedOn.plusDays(10)), SECRETARY));
        membership.replyToTerminationProposal("We paid yesterday", proposedOn.plusDays(12));
        membership.terminateOnProposal(on(proposedOn.plusDays(20)), SECRETARY);

        assertThat(membership.status()).isEqualTo(MembershipStatus.TERMINATED);
        assertThat(membership.history().getLast().terminationGround()).isEqualTo(TerminationGround.NON_PAYMENT);
    }

    @Test
    void aReplyAfterItsDeadlineIsRefused() {
        var membership = memberCompany();
        var proposedOn = LocalDate.of(2027, 4, 1);
        membership.proposeTermination(TerminationGround.NON_PAYMENT, proposedOn, proposedOn.plusDays(30));
        assertThatExceptionOfType(MembershipRuleViolation.class)
                .isThrownBy(() -> membership.replyToTerminationProposal("late", proposedOn.plusDays(31)));
    }

    @Test
    void withoutAProposalThereIsNothingToTerminateOn() {
        var membership = memberCompany();
        assertThatExceptionOfType(MembershipRuleViolation.class)
                .isThrownBy(() -> membership.terminateOnProposal(on(JOINED.plusYears(1)), SECRETARY));
    }

    @Test
    void aMemberMayWithdrawButNotWhileSuspended() {
        var member = memberCompany();
        member.withdraw(on(JOINED.plusYears(1)), SECRETARY);
        assertThat(member.status()).isEqualTo(MembershipStatus.WITHDRAWN);

        var suspended = memberCompany();
        suspended.suspend(on(JOINED.plusMonths(1)), SECRETARY);
        assertThatExceptionOfType(IllegalTransition.class).isThrownBy(() -> suspended.withdraw(on(JOINED.plusMonths(2)), SECRETARY));
    }

    @Test
    void aTerminatedOrganisationCannotBeTerminatedAgainOrCertified() {
        var membership = memberCompany();
        var deadline = LocalDate.of(2027, 5, 31);
        membership.terminate(on(deadline.plusDays(1)), SECRETARY, TerminationGround.OTHER, silentReply(deadline));
        assertThatExceptionOfType(IllegalTransition.class).isThrownBy(() -> membership.terminate(on(deadline.plusDays(2)),
                SECRETARY, TerminationGround.OTHER, silentReply(deadline)));
        assertThatExceptionOfType(IllegalTransition.class).isThrownBy(() -> membership.recordCertified(on(deadline.plusDays(2)), null));
    }

    @Test
    void aTransitionMayNotBeDatedBeforeTheLastOne() {
        var membership = memberCompany();
        assertThatExceptionOfType(MembershipRuleViolation.class)
                .isThrownBy(() -> membership.recordCertified(on(JOINED.minusDays(1)), null))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("membership.transition.backdated"));
    }

    @Test
    void everyTransitionIsInTheHistoryWithWhoAndWhy() {
        var membership = memberCompany();
        membership.recordCertified(new MembershipDecision(JOINED.plusYears(1), "PSC.1 certificate", "CERT-9"), SECRETARY);

        assertThat(membership.history()).last().isEqualTo(new StatusChange(MembershipStatus.MEMBER,
                MembershipStatus.CERTIFIED_MEMBER, JOINED.plusYears(1), SECRETARY, "PSC.1 certificate", "CERT-9", null));
        assertThat(membership.pendingEvents()).hasSize(3);
    }
}
