package org.custodes.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.UUID;

import org.custodes.identity.account.Accounts;
import org.custodes.identity.singlesignon.ExternalIdentities;
import org.custodes.organisation.OrganisationService;
import org.custodes.shared.Language;
import org.custodes.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Single sign-on in the shared context, where no issuer is configured: nothing of it shows or answers. And the
 * administrator's decisions on the links, which need no provider.
 */
@IntegrationTest
class SingleSignOnOffIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    IdentityService identity;
    @Autowired
    OrganisationService organisations;
    @Autowired
    Accounts accounts;
    @Autowired
    ExternalIdentities links;
    @Autowired
    JdbcClient jdbc;

    @Test
    void withoutAnIssuerThereIsNoButtonNoRegistrationAndTheProviderRoutesAreNotFound() throws Exception {
        var page = mvc.perform(get("/sign-in")).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).doesNotContain("oauth2").doesNotContain("single-sign-on");
        assertThat(context.getBeanNamesForType(ClientRegistrationRepository.class)).isEmpty();
        assertThat(identity.singleSignOnProvider()).isEmpty();
        assertThat(mvc.perform(get("/oauth2/authorization/sso")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/login/oauth2/code/sso").param("code", "x").param("state", "y"))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void theAdministratorApprovesAWaitingLinkOnceAndTheDecisionIsAudited() throws Exception {
        var officer = TestAccounts.create(identity, organisations, Role.SECRETARIAT_OFFICER, Language.EN);
        var link = UUID.randomUUID();
        links.request(link, "https://login.example.org", "subject-" + link, officer.id(), officer.email(), Instant.now());
        var admin = accounts.findByEmail("admin@custodes.example").orElseThrow();

        var list = mvc.perform(get("/identity/single-sign-on/links").with(user(admin))).andReturn().getResponse();
        assertThat(list.getContentAsString()).contains(officer.email()).contains(link.toString());

        var approved = mvc.perform(post("/identity/single-sign-on/links/approval").param("link", link.toString())
                .with(user(admin)).with(csrf())).andReturn().getResponse();
        assertThat(approved.getRedirectedUrl()).isEqualTo("/identity/single-sign-on/links?approved");
        assertThat(jdbc.sql("select status from identity.external_identity where id = :id").param("id", link)
                .query(String.class).single()).isEqualTo("APPROVED");

        var again = mvc.perform(post("/identity/single-sign-on/links/refusal").param("link", link.toString())
                .with(user(admin)).with(csrf())).andReturn().getResponse();
        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(again.getContentAsString()).contains("already been approved or refused");
        assertThat(jdbc.sql("select count(*) from audit.audit_event where action = 'identity.external-identity-link-decided' "
                + "and subject = :s").param("s", "account:" + officer.id()).query(Long.class).single()).isEqualTo(1);

        var unknown = mvc.perform(post("/identity/single-sign-on/links/approval").param("link", UUID.randomUUID().toString())
                .with(user(admin)).with(csrf())).andReturn().getResponse();
        assertThat(unknown.getStatus()).isEqualTo(404);
    }
}
