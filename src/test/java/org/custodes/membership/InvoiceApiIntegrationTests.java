package org.custodes.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.custodes.membership.dues.Invoice;
import org.custodes.membership.dues.InvoiceId;
import org.custodes.membership.dues.InvoiceKind;
import org.custodes.membership.dues.InvoiceStatus;
import org.custodes.membership.dues.Invoices;
import org.custodes.membership.dues.NonPaymentJob;
import org.custodes.organisation.OrganisationService;
import org.custodes.support.IntegrationTest;
import org.custodes.support.TestActors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class InvoiceApiIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired MembershipService membership;
    @Autowired OrganisationService organisations;
    @Autowired Clock clock;

    final TestActors secretariat = MembershipActors.secretariat();

    @Test
    void theSecretariatIssuesAnAnnualDueAndRecordsItsPaymentAndTheMemberDownloadsThePdf() throws Exception {
        var organisation = MembershipFixtures.admittedCompany(membership, organisations, clock);
        var company = MembershipActors.applicant(organisation).authentication();
        var year = LocalDate.now(clock).getYear();

        mvc.perform(get("/api/v1/membership/organisations/{id}/invoices", organisation).with(authentication(company)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].kind").value("JOINING_FEE"));
        var id = invoiceId(send(post("/api/v1/membership/organisations/{id}/invoices", organisation),
                secretariat.authentication(), "{\"year\":%d,\"band\":\"B\"}".formatted(year))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("ANNUAL_DUE"))
                .andExpect(jsonPath("$.amount").value(3000))
                .andExpect(jsonPath("$.status").value("ISSUED")));
        send(post("/api/v1/membership/organisations/{id}/invoices", organisation), secretariat.authentication(),
                "{\"year\":%d,\"band\":\"C\"}".formatted(year), "fr")
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.detail").value("La cotisation annuelle %d a déjà été émise.".formatted(year)));

        send(post("/api/v1/membership/invoices/{id}/payment", id), secretariat.authentication(),
                "{\"paidOn\":\"%s\"}".formatted(LocalDate.now(clock)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PAID"));
        mvc.perform(get("/api/v1/membership/invoices/{id}", id).with(authentication(company)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paidOn").value(LocalDate.now(clock).toString()));
        var pdf = mvc.perform(get("/api/v1/membership/invoices/{id}/pdf", id).with(authentication(company))
                        .header("Accept-Language", "ar"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", startsWith("attachment; filename=\"INV-")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void anotherCompanyGets404AndOnlyTheSecretariatIssuesAndRecordsPayments() throws Exception {
        var organisation = MembershipFixtures.admittedCompany(membership, organisations, clock);
        var company = MembershipActors.applicant(organisation).authentication();
        var joiningFee = secretariat.call(() -> membership.invoicesOf(organisation)).getFirst().id();
        var other = MembershipActors.applicant(MembershipFixtures.company(organisations)).authentication();

        mvc.perform(get("/api/v1/membership/invoices/{id}", joiningFee).with(authentication(other)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/membership/invoices/{id}/pdf", joiningFee).with(authentication(other)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/membership/organisations/{id}/invoices", organisation).with(authentication(other)))
                .andExpect(status().isNotFound());

        send(post("/api/v1/membership/invoices/{id}/payment", joiningFee), company,
                "{\"paidOn\":\"%s\"}".formatted(LocalDate.now(clock)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
        send(post("/api/v1/membership/organisations/{id}/invoices", organisation), company,
                "{\"year\":2030,\"band\":\"A\"}")
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/membership/invoices/non-payment-proposals").with(authentication(company)))
                .andExpect(status().isForbidden());
        assertThat(secretariat.call(() -> membership.invoice(joiningFee)).status()).isEqualTo(InvoiceStatus.ISSUED);
    }

    @Test
    void anInvalidRequestIsA400ProblemNamingTheFields() throws Exception {
        var organisation = MembershipFixtures.admittedCompany(membership, organisations, clock);
        send(post("/api/v1/membership/organisations/{id}/invoices", organisation), secretariat.authentication(),
                "{\"year\":2030}", "es")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("band"))
                .andExpect(jsonPath("$.errors[0].message").value("Este campo es obligatorio."));
    }

    @Test
    void theSecretariatListsTheNonPaymentTerminationProposals(@Autowired Invoices invoices,
            @Autowired NonPaymentJob job) throws Exception {
        var organisation = MembershipFixtures.admittedCompany(membership, organisations, clock);
        var issued = LocalDate.now(clock).minusDays(130);
        var overdue = new Invoice(new InvoiceId(UUID.randomUUID()), "INV-API-" + UUID.randomUUID(), organisation,
                InvoiceKind.ANNUAL_DUE, issued.getYear() - 1, new BigDecimal("1500"), "USD", "A", issued,
                issued.plusDays(30), null, null);
        invoices.insert(overdue);
        job.raiseOverdueInvoices();

        mvc.perform(get("/api/v1/membership/invoices/non-payment-proposals")
                        .with(authentication(MembershipActors.board().authentication())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id.value").value(hasItem(overdue.id().toString())))
                .andExpect(jsonPath("$[?(@.id.value == '%s')].status".formatted(overdue.id())).value(hasItem("OVERDUE")));
    }

    private ResultActions send(MockHttpServletRequestBuilder request, Authentication caller, String body)
            throws Exception {
        return send(request, caller, body, "en");
    }

    private ResultActions send(MockHttpServletRequestBuilder request, Authentication caller, String body,
            String language) throws Exception {
        return mvc.perform(request.with(authentication(caller)).contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", language).content(body));
    }

    private static String invoiceId(ResultActions result) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id.value");
    }
}
