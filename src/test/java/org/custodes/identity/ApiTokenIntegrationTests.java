package org.custodes.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.custodes.identity.account.Accounts;
import org.custodes.identity.security.SecretToken;
import org.custodes.organisation.OrganisationKind;
import org.custodes.organisation.OrganisationService;
import org.custodes.shared.OrganisationId;
import org.custodes.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ApiTokenIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired IdentityService identity;
    @Autowired OrganisationService organisations;
    @Autowired Accounts accounts;

    IdentityTestData data;
    OrganisationId company;
    SignedInUser alice;
    SignedInUser bob;

    @BeforeEach
    void setUp() {
        data = new IdentityTestData(organisations, identity, accounts, jdbc);
        company = data.organisation(OrganisationKind.COMPANY);
        alice = data.account(company, Role.COMPANY_REPRESENTATIVE);
        bob = data.account(data.organisation(OrganisationKind.COMPANY), Role.COMPANY_REPRESENTATIVE);
    }

    @Test
    void aTokenActsAsItsHolderWithTheirCurrentPermissions() throws Exception {
        var created = createToken(alice, "reporting script");
        assertThat(created.secret()).startsWith("cst_").hasSize(47);
        assertThat(jdbc.sql("select count(*) from identity.api_token where token_hash = :secret or prefix = :secret")
                .param("secret", created.secret()).query(Long.class).single()).as("the secret is not stored").isZero();

        mvc.perform(get("/api/v1/identity/me").header("Authorization", "Bearer " + created.secret()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(alice.id().value().toString()))
                .andExpect(jsonPath("$.email").value(alice.email()))
                .andExpect(jsonPath("$.organisationId").value(company.value().toString()))
                .andExpect(jsonPath("$.roles").value(hasItem("COMPANY_REPRESENTATIVE")))
                .andExpect(jsonPath("$.permissions").value(hasItem("organisation:read-own")));
        assertThat(jdbc.sql("select last_used_at from identity.api_token where id = :id").param("id", created.id())
                .query(java.sql.Timestamp.class).single()).as("last use recorded").isNotNull();

        IdentityTestData.runAsSystem(() -> identity.changeRoles(alice.id(), Set.of(Role.BOARD_MEMBER)));
        mvc.perform(get("/api/v1/identity/me").header("Authorization", "Bearer " + created.secret()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roles").value(not(hasItem("COMPANY_REPRESENTATIVE"))))
                .andExpect(jsonPath("$.permissions").value(not(hasItem("organisation:read-own"))));
    }

    @Test
    void aRevokedTokenAnswers401() throws Exception {
        var created = createToken(alice, "to revoke");
        mvc.perform(get("/api/v1/identity/tokens").header("Authorization", "Bearer " + created.secret()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].prefix").value(hasItem(created.secret().substring(0, 12))))
                .andExpect(content().string(not(containsString(created.secret()))));

        mvc.perform(delete("/api/v1/identity/tokens/{id}", created.id()).header("Authorization", "Bearer " + created.secret()))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/v1/identity/me").header("Authorization", "Bearer " + created.secret()))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType("application/problem+json"));
    }

    @Test
    void aDisabledPersonsTokenAnswers401AndWorksAgainOnceEnabled() throws Exception {
        var created = createToken(alice, "disabled holder");
        IdentityTestData.runAsSystem(() -> identity.disableAccount(alice.id()));
        mvc.perform(get("/api/v1/identity/me").header("Authorization", "Bearer " + created.secret()))
                .andExpect(status().isUnauthorized());

        IdentityTestData.runAsSystem(() -> identity.enableAccount(alice.id()));
        mvc.perform(get("/api/v1/identity/me").header("Authorization", "Bearer " + created.secret()))
                .andExpect(status().isOk());
    }

    @Test
    void nobodyCanRevokeAnotherPersonsToken() throws Exception {
        var alicesToken = createToken(alice, "alice's");
        var bobsToken = createToken(bob, "bob's");

        mvc.perform(delete("/api/v1/identity/tokens/{id}", alicesToken.id()).header("Authorization", "Bearer " + bobsToken.secret()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType("application/problem+json"));
        mvc.perform(post("/account/tokens/{id}/revocation", alicesToken.id()).with(user(bob)).with(csrf()))
                .andExpect(status().isNotFound());

        mvc.perform(get("/api/v1/identity/me").header("Authorization", "Bearer " + alicesToken.secret()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/identity/tokens").header("Authorization", "Bearer " + bobsToken.secret()))
                .andExpect(jsonPath("$.items[*].id").value(not(hasItem(alicesToken.id().toString()))));
    }

    @Test
    void badOrMissingCredentialsAnswer401() throws Exception {
        mvc.perform(get("/api/v1/identity/me")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/identity/me").header("Authorization", "Bearer nonsense"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/identity/me").header("Authorization", "Bearer " + SecretToken.generate("cst_")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType("application/problem+json"));
    }

    @Test
    void anExpiredTokenAnswers401() throws Exception {
        var created = createToken(alice, "short-lived");
        jdbc.sql("update identity.api_token set expires_at = now() - interval '1 second' where id = :id")
                .param("id", created.id()).update();
        mvc.perform(get("/api/v1/identity/me").header("Authorization", "Bearer " + created.secret()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theExpiryMayNotExceedAYear() throws Exception {
        mvc.perform(post("/api/v1/identity/tokens").with(user(alice)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"too long\",\"expiresOn\":\"" + LocalDate.now().plusYears(2) + "\"}"))
                .andExpect(status().is(422));
        mvc.perform(post("/api/v1/identity/tokens").with(user(alice)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"\"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theTokensPageShowsTheSecretOnceAndThenOnlyItsPrefix() throws Exception {
        var page = mvc.perform(post("/account/tokens").with(user(alice)).with(csrf()).param("name", "from the page")
                        .param("expiresOn", LocalDate.now().plusMonths(3).toString()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        var secret = page.replaceAll("(?s).*id=\"new-token\">(cst_[A-Za-z0-9_-]{43})<.*", "$1");
        assertThat(secret).startsWith("cst_").hasSize(47);

        mvc.perform(get("/account/tokens").with(user(alice)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("from the page")))
                .andExpect(content().string(containsString(secret.substring(0, 12))))
                .andExpect(content().string(not(containsString(secret))));
        mvc.perform(get("/api/v1/identity/me").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());

        mvc.perform(post("/account/tokens").with(user(alice)).with(csrf()).param("name", "")
                        .param("expiresOn", LocalDate.now().plusDays(1).toString()))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Give the token a name.")));
        mvc.perform(post("/account/tokens").with(user(alice)).with(csrf()).param("name", "kept name")
                        .param("expiresOn", "not a date"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Enter a date")))
                .andExpect(content().string(containsString("value=\"not a date\"")));
    }

    @Test
    void theTokensPageNeedsASignedInPerson() throws Exception {
        mvc.perform(get("/account/tokens")).andExpect(status().isFound());
    }

    record Created(UUID id, String secret) {
    }

    private Created createToken(SignedInUser holder, String name) throws Exception {
        var body = mvc.perform(post("/api/v1/identity/tokens").with(user(holder)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name.replace("'", "") + "\"}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return new Created(UUID.fromString(JsonPath.read(body, "$.id")), JsonPath.read(body, "$.token"));
    }
}
