package org.custodes.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

import org.custodes.shared.OrganisationId;
import org.custodes.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A civil-society intermediary records a complaint taken by phone and prints the one-time receipt slip. */
@IntegrationTest
class OperatorIntakeIntegrationTests {

    @Autowired MockMvc mvc;

    @Test
    void anIntermediaryRecordsAComplaintAndPrintsAVerifiedSlip() throws Exception {
        var intermediary = ComplaintFixtures.actor(new OrganisationId(UUID.randomUUID()), "complaint:intake");
        mvc.perform(get("/complaints/intake").with(authentication(intermediary))).andExpect(status().isOk());
        var page = mvc.perform(post("/complaints/intake").with(authentication(intermediary)).with(csrf())
                        .param("channel", "PHONE").param("role", "AFFECTED_PERSON").param("contact", "ANONYMOUS")
                        .param("companyDescription", "Guards in blue uniforms").param("category", "HARASSMENT")
                        .param("description", "Told by phone: guards threatened market traders."))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        var receipt = Pattern.compile("class=\"secret receipt\">([0-9A-Z-]{19})<").matcher(page);
        var reference = Pattern.compile("(CU-\\d{4}-[0-9A-Z]{6})").matcher(page);
        assertThat(receipt.find()).isTrue();
        assertThat(reference.find()).isTrue();

        var slip = mvc.perform(post("/complaints/intake/slip").with(authentication(intermediary)).with(csrf())
                        .param("reference", reference.group(1)).param("receipt", receipt.group(1)))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(slip.getContentType()).isEqualTo("application/pdf");
        assertThat(slip.getContentAsByteArray()).startsWith((byte) '%', (byte) 'P', (byte) 'D', (byte) 'F');
        assertThat(slip.getHeader("Cache-Control")).isEqualTo("no-store");

        mvc.perform(post("/complaints/intake/slip").with(authentication(intermediary)).with(csrf())
                        .param("reference", reference.group(1)).param("receipt", "AAAA-AAAA-AAAA-AAAA"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theOnlineChannelCannotBeForgedByAnOperatorAndOthersMayNotRecord() throws Exception {
        var intermediary = ComplaintFixtures.actor(new OrganisationId(UUID.randomUUID()), "complaint:intake");
        mvc.perform(post("/complaints/intake").with(authentication(intermediary)).with(csrf())
                        .param("channel", "ONLINE").param("role", "WITNESS").param("contact", "ANONYMOUS")
                        .param("companyDescription", "x").param("category", "OTHER").param("description", "x"))
                .andExpect(status().is(422));
        var company = ComplaintFixtures.actor(new OrganisationId(UUID.randomUUID()), "complaint:company-response");
        mvc.perform(get("/complaints/intake").with(authentication(company))).andExpect(status().isForbidden());
        mvc.perform(get("/complaints/cases").with(authentication(company))).andExpect(status().isForbidden());
    }
}
