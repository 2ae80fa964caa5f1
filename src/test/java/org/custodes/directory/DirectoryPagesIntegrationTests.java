package org.custodes.directory;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.custodes.membership.MembershipStatus;
import org.custodes.organisation.OrganisationService;
import org.custodes.organisation.SecurityService;
import org.custodes.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class DirectoryPagesIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired OrganisationService organisations;
    @Autowired DirectoryService directory;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;

    DirectoryFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new DirectoryFixtures(organisations, directory, events, transactions);
    }

    @Test
    void anonymousVisitorsFilterTheDirectoryInTheirLanguage() throws Exception {
        var name = "Pagefilter Maritime " + UUID.randomUUID();
        var company = fixtures.registerCompany(name, "DJ", SecurityService.MARITIME_SECURITY);
        fixtures.changeStatus(company, null, MembershipStatus.MEMBER, LocalDate.of(2025, 4, 1));
        fixtures.awaitStanding(company, Standing.MEMBER);

        mvc.perform(get("/directory").param("q", "pagefilter maritime").param("country", "DJ")
                        .param("service", "MARITIME_SECURITY").param("standing", "MEMBER").param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("Sécurité maritime")))
                .andExpect(content().string(containsString("Djibouti")))
                .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))));
        mvc.perform(get("/directory").param("q", "pagefilter maritime").param("standing", "SUSPENDED"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(name))));
    }

    @Test
    void theProfileShowsStandingSinceWhenAndAQrCodeToTheVerificationPage() throws Exception {
        var name = "Profile Protection " + UUID.randomUUID();
        var company = fixtures.registerCompany(name, "KE,UG", SecurityService.CLOSE_PROTECTION);
        fixtures.changeStatus(company, null, MembershipStatus.AFFILIATE, LocalDate.of(2024, 12, 31));
        fixtures.awaitStanding(company, Standing.AFFILIATE);

        mvc.perform(get("/directory/companies/{id}", company.value()).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Affiliate")))
                .andExpect(content().string(containsString("31 December 2024")))
                .andExpect(content().string(containsString("Close protection")))
                .andExpect(content().string(containsString("/directory/companies/" + company.value() + "/qr.svg")));
        mvc.perform(get("/directory/companies/{id}/qr.svg", company.value()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("image/svg+xml")))
                .andExpect(content().string(containsString("<path")));
        mvc.perform(get("/verify/{id}", company.value()).param("asOf", "2024-12-30").param("lang", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No es miembro")));
        mvc.perform(get("/verify/{id}", company.value()).param("asOf", "30/12/2024"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
    }

    @Test
    void unknownOrMalformedCompanyIdsAnswer404() throws Exception {
        mvc.perform(get("/directory/companies/{id}", UUID.randomUUID())).andExpect(status().isNotFound());
        mvc.perform(get("/directory/companies/not-a-uuid")).andExpect(status().isNotFound());
        mvc.perform(get("/verify/{id}", UUID.randomUUID())).andExpect(status().isNotFound());
    }
}
