package org.custodes.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;

import org.custodes.certification.CertificateId;
import org.custodes.certification.CertificationId;
import org.custodes.certification.CertificationLapsed;
import org.custodes.certification.CompanyCertified;
import org.custodes.certification.LapseReason;
import org.custodes.certification.StandardCode;
import org.custodes.complaint.ComplaintReference;
import org.custodes.complaint.ComplaintReferredToBoard;
import org.custodes.organisation.OrganisationService;
import org.custodes.reporting.CampaignId;
import org.custodes.reporting.campaign.OpenCampaign;
import org.custodes.reporting.campaign.ParticipantStatus;
import org.custodes.reporting.ReportingService;
import org.custodes.reporting.SelfAssessmentAccepted;
import org.custodes.reporting.SelfAssessmentNotSubmitted;
import org.custodes.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Certification decisions, complaint referrals and self-assessment results reach the membership lifecycle through
 * published events; reporting asks membership which companies must report.
 */
@IntegrationTest
@EnableScenarios
class OversightOutcomesIntegrationTests {

    @Autowired MembershipService membership;
    @Autowired ReportingService reporting;
    @Autowired OrganisationService organisations;
    @Autowired Clock clock;

    @Test
    void aCertifiedCompanyBecomesACertifiedMemberAndReturnsToMemberWhenItLapses(Scenario scenario) {
        var company = MembershipFixtures.admittedCompany(membership, organisations, clock);
        var today = LocalDate.now(clock);
        var certification = new CertificationId(UUID.randomUUID());

        scenario.publish(new CompanyCertified(company, certification, new StandardCode("ISO18788-2015"),
                        new CertificateId(UUID.randomUUID()), today, today.plusYears(3), "SEC-CERT-TEST"))
                .andWaitForStateChange(() -> membership.statusOf(company).orElseThrow(),
                        status -> status == MembershipStatus.CERTIFIED_MEMBER)
                .andVerify(status -> assertThat(status).isEqualTo(MembershipStatus.CERTIFIED_MEMBER));

        scenario.publish(new CertificationLapsed(company, certification, today, LapseReason.MISSED_SURVEILLANCE))
                .andWaitForStateChange(() -> membership.statusOf(company).orElseThrow(),
                        status -> status == MembershipStatus.MEMBER)
                .andVerify(status -> assertThat(status).isEqualTo(MembershipStatus.MEMBER));
    }

    @Test
    void aComplaintReferredToTheBoardOpensAComplianceCase(Scenario scenario) {
        var company = MembershipFixtures.admittedCompany(membership, organisations, clock);
        var secretariat = MembershipActors.secretariat();

        scenario.publish(new ComplaintReferredToBoard(company, new ComplaintReference("CU-2026-TEST01"),
                        LocalDate.now(clock), List.of(30, 31)))
                .andWaitForStateChange(() -> secretariat.call(() -> membership.complianceCasesOf(company)),
                        cases -> cases.size() == 1)
                .andVerify(cases -> assertThat(cases.getFirst().summary()).contains("CU-2026-TEST01").contains("[30, 31]"));
    }

    @Test
    void aMissingSelfAssessmentOpensAProposalToTerminateWithARightOfReply(Scenario scenario) {
        var company = MembershipFixtures.admittedCompany(membership, organisations, clock);

        var secretariat = MembershipActors.secretariat();

        scenario.publish(new SelfAssessmentNotSubmitted(company, new CampaignId(UUID.randomUUID()), 2026,
                        LocalDate.now(clock)))
                .andWaitForStateChange(() -> secretariat.call(() -> membership.get(company)),
                        details -> details.proposedTerminationGround() != null)
                .andVerify(details -> {
                    assertThat(details.proposedTerminationGround()).isEqualTo(TerminationGround.NO_SELF_ASSESSMENT);
                    assertThat(details.terminationReply()).isNotNull();
                    assertThat(details.status()).isEqualTo(MembershipStatus.MEMBER);
                });
    }

    @Test
    void onlyASatisfactoryLatestSelfAssessmentLetsAMemberPastItsDeadlineBecomeAnAffiliate(Scenario scenario) {
        var company = MembershipFixtures.admittedCompany(membership, organisations, clock);
        var secretariat = MembershipActors.secretariat();
        var deadline = secretariat.call(() -> membership.get(company)).certificationDeadline();
        var decision = new MembershipDecision(deadline.plusDays(1), "Deadline missed", "SEC-AFF-TEST");
        var today = LocalDate.now(clock);
        assertThatExceptionOfType(MembershipRuleViolation.class)
                .isThrownBy(() -> secretariat.call(() -> membership.makeAffiliate(company, decision)))
                .satisfies(refused -> assertThat(refused.messageKey()).isEqualTo("membership.affiliate.self-assessment-required"));

        scenario.publish(new SelfAssessmentAccepted(company, new CampaignId(UUID.randomUUID()), 2026, false, today))
                .andWaitForStateChange(() -> secretariat.call(() -> membership.latestSelfAssessment(company)),
                        latest -> latest.isPresent())
                .andVerify(latest -> assertThat(latest).get().extracting(LatestSelfAssessment::satisfactory).isEqualTo(false));
        assertThatExceptionOfType(MembershipRuleViolation.class)
                .isThrownBy(() -> secretariat.call(() -> membership.makeAffiliate(company, decision)));

        // An older year's result arriving after a newer one does not replace it.
        BiConsumer<TransactionOperations, ApplicationEventPublisher> newerThenOlder = (transactions, events) ->
                transactions.executeWithoutResult(status -> {
                    events.publishEvent(new SelfAssessmentAccepted(company, new CampaignId(UUID.randomUUID()), 2027, true, today));
                    events.publishEvent(new SelfAssessmentAccepted(company, new CampaignId(UUID.randomUUID()), 2025, false, today));
                });
        scenario.stimulate(newerThenOlder)
                .andWaitForStateChange(() -> secretariat.call(() -> membership.latestSelfAssessment(company)),
                        latest -> latest.filter(result -> result.year() == 2027).isPresent())
                .andVerify(latest -> assertThat(latest).contains(new LatestSelfAssessment(2027, true, today)));
        assertThat(secretariat.call(() -> membership.makeAffiliate(company, decision)).status())
                .isEqualTo(MembershipStatus.AFFILIATE);
    }

    @Test
    void aCampaignForAllCompaniesTakesInMembersAndAffiliatesButNotApplicantsOrFormerMembers() {
        var member = MembershipFixtures.admittedCompany(membership, organisations, clock);
        var applicant = MembershipFixtures.company(organisations);
        MembershipFixtures.submittedApplication(membership, applicant);
        var withdrawn = MembershipFixtures.admittedCompany(membership, organisations, clock);
        MembershipActors.applicant(withdrawn).run(() -> membership.withdraw(withdrawn, "We stopped security work"));
        var today = LocalDate.now(clock);

        var participants = MembershipActors.system("reporting:manage", "reporting:read", "organisation:read").call(() -> {
            // A deadline far off, so that the daily job other tests run sends no reminders for this campaign.
            var campaign = reporting.openCampaign(new OpenCampaign(today.getYear(), "All members " + UUID.randomUUID(),
                    today.minusDays(1), today.plusDays(300), 14, null, Set.of()));
            return reporting.campaignStatus(campaign).participants().stream().map(ParticipantStatus::company).toList();
        });

        assertThat(participants).contains(member).doesNotContain(applicant, withdrawn);
        for (var company : participants) {
            assertThat(membership.statusOf(company)).get().isIn(MembershipStatus.MEMBER,
                    MembershipStatus.CERTIFIED_MEMBER, MembershipStatus.AFFILIATE, MembershipStatus.SUSPENDED);
        }
    }

}
