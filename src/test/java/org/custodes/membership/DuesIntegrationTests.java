package org.custodes.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.custodes.membership.dues.Invoice;
import org.custodes.membership.dues.InvoiceId;
import org.custodes.membership.dues.InvoiceKind;
import org.custodes.membership.dues.InvoiceStatus;
import org.custodes.membership.dues.InvoiceSummary;
import org.custodes.membership.dues.Invoices;
import org.custodes.membership.dues.NonPaymentJob;
import org.custodes.organisation.OrganisationService;
import org.custodes.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class DuesIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired MembershipService membership;
    @Autowired OrganisationService organisations;
    @Autowired Clock clock;

    @Test
    void anAdmittedCompanyIsInvoicedItsJoiningFeeAndDownloadsItAsPdf() throws Exception {
        var organisation = MembershipFixtures.admittedCompany(membership, organisations, clock);
        var company = MembershipActors.applicant(organisation);

        var invoices = company.call(() -> membership.invoicesOf(organisation));
        assertThat(invoices).singleElement().satisfies(invoice -> {
            assertThat(invoice.kind()).isEqualTo(InvoiceKind.JOINING_FEE);
            assertThat(invoice.amount()).isEqualByComparingTo(new BigDecimal("1000"));
            assertThat(invoice.currency()).isEqualTo("USD");
            assertThat(invoice.status()).isEqualTo(InvoiceStatus.ISSUED);
        });
        var pdf = mvc.perform(get("/membership/invoices/{id}/pdf", invoices.getFirst().id())
                        .with(authentication(company.authentication())).header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        var other = MembershipActors.applicant(MembershipFixtures.company(organisations));
        mvc.perform(get("/membership/invoices/{id}/pdf", invoices.getFirst().id()).with(authentication(other.authentication())))
                .andExpect(status().isNotFound());
    }

    @Test
    void annualDuesFollowTheRevenueBandAndArePaidOnce() {
        var organisation = MembershipFixtures.admittedCompany(membership, organisations, clock);
        var secretariat = MembershipActors.secretariat();
        var year = LocalDate.now(clock).getYear();

        var due = secretariat.call(() -> membership.issueAnnualDue(organisation, year, "B"));
        assertThat(due.amount()).isEqualByComparingTo(new BigDecimal("3000"));
        assertThatExceptionOfType(MembershipRuleViolation.class)
                .isThrownBy(() -> secretariat.run(() -> membership.issueAnnualDue(organisation, year, "C")));
        var paid = secretariat.call(() -> membership.recordPayment(due.id(), LocalDate.now(clock)));
        assertThat(paid.status()).isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void anInvoiceOverdueForNinetyDaysIsRaisedAsAProposalToTerminate(@Autowired Invoices invoices,
            @Autowired NonPaymentJob job) {
        var organisation = MembershipFixtures.admittedCompany(membership, organisations, clock);
        var issued = LocalDate.now(clock).minusDays(130);
        var overdue = new Invoice(new InvoiceId(UUID.randomUUID()), "INV-T-" + UUID.randomUUID(), organisation,
                InvoiceKind.ANNUAL_DUE, issued.getYear() - 1, new BigDecimal("1500"), "USD", "A", issued,
                issued.plusDays(30), null, null);
        invoices.insert(overdue);

        assertThat(job.raiseOverdueInvoices()).isGreaterThanOrEqualTo(1);
        var proposals = MembershipActors.secretariat().call(() -> membership.nonPaymentProposals());
        assertThat(proposals).extracting(InvoiceSummary::id).contains(overdue.id());
        assertThat(proposals).extracting(InvoiceSummary::id).doesNotContain(
                MembershipActors.secretariat().call(() -> membership.invoicesOf(organisation)).stream()
                        .filter(i -> i.kind() == InvoiceKind.JOINING_FEE).findFirst().orElseThrow().id());
        assertThat(MembershipActors.secretariat().call(() -> membership.get(organisation)).status())
                .as("the Board decides; nothing changes by itself").isEqualTo(MembershipStatus.MEMBER);
    }
}
