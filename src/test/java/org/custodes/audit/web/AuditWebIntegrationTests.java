package org.custodes.audit.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.custodes.audit.ChainVerification;
import org.custodes.shared.AuditableEvent;
import org.custodes.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class AuditWebIntegrationTests {

    record PageTestEvent(String auditSubject, int number) implements AuditableEvent {
    }

    @Autowired MockMvc mvc;
    @Autowired ApplicationEventPublisher events;

    @Test
    void aCompanyUserIsRefusedTheApiWithAProblem() throws Exception {
        mvc.perform(get("/api/v1/audit/events").with(company()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/audit/verification").with(company()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void theApiPagesThroughTheRowsOfASubjectNewestFirst() throws Exception {
        var subject = "test:paging-" + UUID.randomUUID();
        for (var number = 1; number <= 5; number++) {
            events.publishEvent(new PageTestEvent(subject, number));
        }

        mvc.perform(get("/api/v1/audit/events").param("subject", subject).param("size", "2").with(secretariat()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(5))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].details.number").value(5))
                .andExpect(jsonPath("$.items[0].action").value("audit.page-test-event"));
        mvc.perform(get("/api/v1/audit/events").param("subject", subject).param("size", "2").param("page", "2")
                        .with(secretariat()))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].details.number").value(1));
    }

    @Test
    void theApiFiltersByActionAndDateAndRejectsAMalformedActor() throws Exception {
        mvc.perform(get("/api/v1/audit/events").param("action", "organisation.organisation-registered")
                        .param("from", "2000-01-01").with(secretariat()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].action").value("organisation.organisation-registered"));
        mvc.perform(get("/api/v1/audit/events").param("to", "2000-01-01").with(secretariat()))
                .andExpect(jsonPath("$.totalItems").value(0));
        mvc.perform(get("/api/v1/audit/events").param("actor", "not-a-uuid").with(secretariat()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void theApiVerifiesTheChain() throws Exception {
        mvc.perform(get("/api/v1/audit/verification").with(secretariat()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.headHash").value(org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}")));
    }

    @Test
    void theSecretariatBrowsesAndFiltersTheLogInItsLanguage() throws Exception {
        var subject = "test:page-" + UUID.randomUUID();
        events.publishEvent(new PageTestEvent(subject, 1));

        mvc.perform(get("/audit").param("subject", subject).param("lang", "fr").with(secretariat()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Journal d’audit")))
                .andExpect(content().string(containsString(subject)))
                .andExpect(content().string(containsString("Vérifier la chaîne")));
    }

    @Test
    void aMistypedFilterIsShownBackWithItsError() throws Exception {
        mvc.perform(get("/audit").param("actor", "someone").param("from", "yesterday").with(secretariat()))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("value=\"someone\"")))
                .andExpect(content().string(containsString("aria-describedby=\"actor-error\"")))
                .andExpect(content().string(containsString("Enter a user id")))
                .andExpect(content().string(containsString("Enter a date as YYYY-MM-DD")));
    }

    @Test
    void aBoardMemberReadsTheLogButHasNoVerifyButton() throws Exception {
        mvc.perform(get("/audit").with(user("board").authorities(
                        new org.springframework.security.core.authority.SimpleGrantedAuthority("audit:read"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/audit/verification"))));
        mvc.perform(post("/audit/verification").with(csrf()).with(user("board").authorities(
                        new org.springframework.security.core.authority.SimpleGrantedAuthority("audit:read"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void theVerifyButtonReportsTheChainAfterARedirect() throws Exception {
        var posted = mvc.perform(post("/audit/verification").with(csrf()).with(secretariat()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/audit"))
                .andExpect(flash().attribute("verification", org.hamcrest.Matchers.instanceOf(ChainVerification.class)))
                .andReturn();
        var session = posted.getResponse().getCookie("custodes-session");

        mvc.perform(get("/audit").cookie(session).with(secretariat()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The chain is intact")));
    }

    @Test
    void aCompanyUserCannotOpenTheAuditPage() throws Exception {
        mvc.perform(get("/audit").with(company())).andExpect(status().isForbidden());
    }

    private static RequestPostProcessor secretariat() {
        return user("admin").authorities(new org.springframework.security.core.authority.SimpleGrantedAuthority("audit:read"),
                new org.springframework.security.core.authority.SimpleGrantedAuthority("audit:verify"));
    }

    private static RequestPostProcessor company() {
        return user("company").authorities(
                new org.springframework.security.core.authority.SimpleGrantedAuthority("organisation:read-own"));
    }
}
