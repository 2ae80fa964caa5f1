package org.custodes.membership;

import static org.assertj.core.api.Assertions.assertThat;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.custodes.membership.application.ApplicationStep;
import org.custodes.membership.dues.InvoiceSummary;
import org.custodes.organisation.OrganisationService;
import org.custodes.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class DemoMembershipIntegrationTests {

    @Autowired MembershipService membership;
    @Autowired OrganisationService organisations;
    @Autowired org.springframework.test.web.servlet.MockMvc mvc;

    MembershipDetails of(String legalName) {
        var id = organisations.findByLegalName(legalName).orElseThrow().id();
        return MembershipActors.secretariat().call(() -> membership.get(id));
    }

    @Test
    void theDemoShowsEveryStatusWithItsHistory() {
        assertThat(of("Aegis Shield Security Ltd").status()).isEqualTo(MembershipStatus.MEMBER);
        assertThat(of("Aegis Shield Security Ltd").certificationDeadline()).isNotNull();
        assertThat(of("Sentinel Maritime Services S.A.").status()).isEqualTo(MembershipStatus.CERTIFIED_MEMBER);
        assertThat(of("Atlas Protection SARL").status()).isEqualTo(MembershipStatus.AFFILIATE);
        var atlas = organisations.findByLegalName("Atlas Protection SARL").orElseThrow().id();
        assertThat(MembershipActors.secretariat().call(() -> membership.latestSelfAssessment(atlas)))
                .hasValueSatisfying(latest -> assertThat(latest.satisfactory()).isTrue());
        assertThat(of("Kilimanjaro Guarding Company Ltd").status()).isEqualTo(MembershipStatus.SUSPENDED);
        assertThat(of("Andes Seguridad Integral S.A.S.").status()).isEqualTo(MembershipStatus.TERMINATED);
        assertThat(of("Al-Noor Security Services LLC").status()).isEqualTo(MembershipStatus.APPLICANT);
        assertThat(of("Government of Sierra Leone").status()).isEqualTo(MembershipStatus.MEMBER);
        assertThat(of("Observatoire des Droits au Sahel").status()).isEqualTo(MembershipStatus.MEMBER);
        assertThat(of("Geneva Institute for Security Studies").status()).isEqualTo(MembershipStatus.OBSERVER);
        assertThat(of("Andes Seguridad Integral S.A.S.").history().getLast().terminationGround())
                .isEqualTo(TerminationGround.NON_PAYMENT);
    }

    @Test
    void theSuspendedCompanyHasItsCaseAndAnOverdueInvoiceRaisedForNonPayment() {
        var kilimanjaro = organisations.findByLegalName("Kilimanjaro Guarding Company Ltd").orElseThrow().id();
        var secretariat = MembershipActors.secretariat();
        assertThat(secretariat.call(() -> membership.complianceCasesOf(kilimanjaro))).singleElement()
                .satisfies(c -> assertThat(c.currentStep()).isEqualTo(SanctionStep.SUSPENSION));
        assertThat(secretariat.call(() -> membership.nonPaymentProposals())).extracting(InvoiceSummary::organisation)
                .contains(kilimanjaro);
        var alNoor = organisations.findByLegalName("Al-Noor Security Services LLC").orElseThrow().id();
        assertThat(secretariat.call(() -> membership.applicationsOf(alNoor))).singleElement()
                .satisfies(a -> assertThat(a.status()).isEqualTo(MembershipApplicationStatus.SUBMITTED));
        var baltic = organisations.findByLegalName(DemoMembership.DRAFT_COMPANY).orElseThrow().id();
        assertThat(secretariat.call(() -> membership.applicationsOf(baltic))).singleElement()
                .satisfies(a -> assertThat(a.status()).isEqualTo(MembershipApplicationStatus.DRAFT));
    }

    /** Signed-in people always have a session; csrf() stands in for it, so forms deep in long pages get their token. */
    @Test
    void everyMembershipPageRendersInEveryLanguage() throws Exception {
        var secretariat = MembershipActors.secretariat().authentication();
        var board = MembershipActors.board().authentication();
        var kilimanjaro = organisations.findByLegalName("Kilimanjaro Guarding Company Ltd").orElseThrow().id();
        var alNoor = organisations.findByLegalName("Al-Noor Security Services LLC").orElseThrow().id();
        var baltic = organisations.findByLegalName(DemoMembership.DRAFT_COMPANY).orElseThrow().id();
        var submitted = MembershipActors.secretariat().call(() -> membership.applicationsOf(alNoor)).getFirst().id();
        var draft = MembershipActors.secretariat().call(() -> membership.applicationsOf(baltic)).getFirst().id();
        var complianceCase = MembershipActors.secretariat().call(() -> membership.complianceCasesOf(kilimanjaro)).getFirst().id();
        for (var language : new String[] { "en", "fr", "es", "ar" }) {
            for (var page : new String[] { "/membership/members", "/membership/applications", "/membership/cases",
                    "/membership/members/" + kilimanjaro, "/membership/applications/" + submitted,
                    "/membership/cases/" + complianceCase }) {
                mvc.perform(get(page).header("Accept-Language", language).with(csrf()).with(authentication(secretariat)))
                        .andExpect(status().isOk());
                mvc.perform(get(page).header("Accept-Language", language).with(csrf()).with(authentication(board)))
                        .andExpect(status().isOk());
            }
            var company = MembershipActors.applicant(kilimanjaro).authentication();
            for (var page : new String[] { "/membership/mine", "/membership/cases", "/membership/cases/" + complianceCase }) {
                mvc.perform(get(page).header("Accept-Language", language).with(csrf()).with(authentication(company)))
                        .andExpect(status().isOk());
            }
            var applicant = MembershipActors.applicant(baltic).authentication();
            for (var step : ApplicationStep.values()) {
                mvc.perform(get("/membership/applications/{id}/steps/{step}", draft, step.slug())
                                .header("Accept-Language", language).with(csrf()).with(authentication(applicant)))
                        .andExpect(status().isOk());
            }
            mvc.perform(get("/membership/applications/{id}/submission", draft).header("Accept-Language", language)
                    .with(csrf()).with(authentication(applicant))).andExpect(status().isOk());
        }
    }
}
