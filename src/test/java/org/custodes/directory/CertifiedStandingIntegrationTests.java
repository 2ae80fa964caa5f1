package org.custodes.directory;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.custodes.organisation.OrganisationService;
import org.custodes.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo's certified company, certified through the certification module's decision, is shown as a certified
 * member with its certificate in the directory and in the signed verification.
 */
@IntegrationTest
class CertifiedStandingIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired OrganisationService organisations;
    @Autowired DirectoryService directory;

    @Test
    void aCertifiedCompanyIsVerifiedWithItsCertificate() throws Exception {
        var sentinel = organisations.findByLegalName("Sentinel Maritime Services S.A.").orElseThrow().id();
        await().atMost(Duration.ofSeconds(15))
                .until(() -> directory.standingAsOf(sentinel, null).standing() == Standing.CERTIFIED_MEMBER);

        mvc.perform(get("/api/v1/verify/{id}", sentinel))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verification.standing").value("CERTIFIED_MEMBER"))
                .andExpect(jsonPath("$.verification.certificates[0].number").value("NAR-28007-0093"))
                .andExpect(jsonPath("$.verification.certificates[0].status").value("ACTIVE"));
        mvc.perform(get("/directory/companies/{id}", sentinel).header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("NAR-28007-0093")))
                .andExpect(content().string(containsString("Valide")));
    }
}
