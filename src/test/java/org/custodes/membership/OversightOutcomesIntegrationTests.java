package org.custodes.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

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
import org.custodes.reporting.SelfAssessmentNotSubmitted;
import org.custodes.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** Certification decisions and complaint referrals reach the membership lifecycle through published events. */
@IntegrationTest
class OversightOutcomesIntegrationTests {

    @Autowired MembershipService membership;
    @Autowired OrganisationService organisations;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transaction;
    @Autowired Clock clock;

    @Test
    void aCertifiedCompanyBecomesACertifiedMemberAndReturnsToMemberWhenItLapses() {
        var company = MembershipFixtures.admittedCompany(membership, organisations, clock);
        var today = LocalDate.now(clock);
        var certification = new CertificationId(UUID.randomUUID());

        publish(new CompanyCertified(company, certification, new StandardCode("ISO18788-2015"),
                new CertificateId(UUID.randomUUID()), today, today.plusYears(3), "SEC-CERT-TEST"));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> membership.statusOf(company).orElseThrow() == MembershipStatus.CERTIFIED_MEMBER);

        publish(new CertificationLapsed(company, certification, today, LapseReason.MISSED_SURVEILLANCE));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> membership.statusOf(company).orElseThrow() == MembershipStatus.MEMBER);
    }

    @Test
    void aComplaintReferredToTheBoardOpensAComplianceCase() {
        var company = MembershipFixtures.admittedCompany(membership, organisations, clock);

        publish(new ComplaintReferredToBoard(company, new ComplaintReference("CU-2026-TEST01"), LocalDate.now(clock), List.of(30, 31)));

        var secretariat = TestActors.secretariat();
        await().atMost(Duration.ofSeconds(10)).until(() -> secretariat.call(() -> membership.complianceCasesOf(company)).size() == 1);
        var opened = secretariat.call(() -> membership.complianceCasesOf(company)).getFirst();
        assertThat(opened.summary()).contains("CU-2026-TEST01").contains("[30, 31]");
    }

    @Test
    void aMissingSelfAssessmentOpensAProposalToTerminateWithARightOfReply() {
        var company = MembershipFixtures.admittedCompany(membership, organisations, clock);

        publish(new SelfAssessmentNotSubmitted(company, new CampaignId(UUID.randomUUID()), 2026, LocalDate.now(clock)));

        var secretariat = TestActors.secretariat();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> secretariat.call(() -> membership.get(company)).proposedTerminationGround() != null);
        var details = secretariat.call(() -> membership.get(company));
        assertThat(details.proposedTerminationGround()).isEqualTo(TerminationGround.NO_SELF_ASSESSMENT);
        assertThat(details.terminationReply()).isNotNull();
        assertThat(membership.statusOf(company)).contains(MembershipStatus.MEMBER);
    }

    private void publish(Object event) {
        transaction.executeWithoutResult(status -> events.publishEvent(event));
    }
}
