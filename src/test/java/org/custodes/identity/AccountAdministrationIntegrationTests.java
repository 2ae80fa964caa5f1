package org.custodes.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.custodes.identity.account.Accounts;
import org.custodes.organisation.OrganisationKind;
import org.custodes.organisation.OrganisationService;
import org.custodes.shared.OrganisationId;
import org.custodes.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AccountAdministrationIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired IdentityService identity;
    @Autowired OrganisationService organisations;
    @Autowired Accounts accounts;

    IdentityTestData data;
    SignedInUser admin;
    OrganisationId company;
    SignedInUser representative;

    @BeforeEach
    void setUp() {
        data = new IdentityTestData(organisations, identity, accounts, jdbc);
        admin = data.secretariatAdmin();
        company = data.organisation(OrganisationKind.COMPANY);
        representative = data.account(company, Role.COMPANY_REPRESENTATIVE);
    }

    @Test
    void disablingAnAccountEndsItsSessionsAtOnceAndStopsSignIn() throws Exception {
        var session = signIn(representative.email());
        mvc.perform(get("/account/tokens").cookie(session)).andExpect(status().isOk());

        mvc.perform(post("/identity/organisations/{o}/users/{u}/disable", company.value(), representative.id().value())
                        .with(user(admin)).with(csrf()))
                .andExpect(status().isFound());

        mvc.perform(get("/account/tokens").cookie(session)).andExpect(status().isFound());
        mvc.perform(PasswordResetIntegrationTests.signInRequest(representative.email(), IdentityTestData.PASSWORD))
                .andExpect(unauthenticated());
        mvc.perform(get("/identity/organisations/{o}/users", company.value()).with(user(admin)))
                .andExpect(content().string(containsString("Disabled")));

        mvc.perform(post("/identity/organisations/{o}/users/{u}/enable", company.value(), representative.id().value())
                        .with(user(admin)).with(csrf()))
                .andExpect(status().isFound());
        signIn(representative.email());
    }

    @Test
    void changingRolesEndsTheSessionsAndTheNewRolesApplyAtTheNextSignIn() throws Exception {
        var session = signIn(representative.email());

        mvc.perform(post("/identity/organisations/{o}/users/{u}/roles", company.value(), representative.id().value())
                        .with(user(admin)).with(csrf()).param("roles", "COMPANY_REPRESENTATIVE", "BOARD_MEMBER"))
                .andExpect(status().isFound());

        mvc.perform(get("/account/tokens").cookie(session)).andExpect(status().isFound());
        assertThat(accounts.findByEmail(representative.email()).orElseThrow().roles())
                .containsExactlyInAnyOrder(Role.COMPANY_REPRESENTATIVE, Role.BOARD_MEMBER);
    }

    @Test
    void rolesOutsideTheOrganisationsKindAreRefused() throws Exception {
        mvc.perform(post("/identity/organisations/{o}/users/{u}/roles", company.value(), representative.id().value())
                        .with(user(admin)).with(csrf()).param("roles", "SECRETARIAT_ADMIN"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("These roles do not fit this kind of organisation.")));
        mvc.perform(post("/identity/organisations/{o}/users/{u}/roles", company.value(), representative.id().value())
                        .with(user(admin)).with(csrf()))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Choose at least one role.")));
        assertThat(accounts.findByEmail(representative.email()).orElseThrow().roles())
                .containsExactly(Role.COMPANY_REPRESENTATIVE);
    }

    @Test
    void anAccountOfAnotherOrganisationIsNotFoundUnderThisOne() throws Exception {
        var elsewhere = data.organisation(OrganisationKind.COMPANY);
        mvc.perform(post("/identity/organisations/{o}/users/{u}/disable", elsewhere.value(), representative.id().value())
                        .with(user(admin)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(accounts.findByEmail(representative.email()).orElseThrow().isEnabled()).isTrue();
    }

    @Test
    void anAdministratorCannotDisableThemselves() throws Exception {
        mvc.perform(post("/identity/organisations/{o}/users/{u}/disable", admin.organisation().value(), admin.id().value())
                        .with(user(admin)).with(csrf()))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("You cannot disable your own account.")));
    }

    @Test
    void anOfficerMayInviteButNotChangeRolesOrStatus() throws Exception {
        var officer = data.account(admin.organisation(), Role.SECRETARIAT_OFFICER);
        mvc.perform(get("/identity/organisations/{o}/users", company.value()).with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(representative.email())));
        mvc.perform(post("/identity/organisations/{o}/users/{u}/disable", company.value(), representative.id().value())
                        .with(user(officer)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/identity/organisations/{o}/users/{u}/roles", company.value(), representative.id().value())
                        .with(user(officer)).with(csrf()).param("roles", "BOARD_MEMBER"))
                .andExpect(status().isForbidden());
    }

    private Cookie signIn(String email) throws Exception {
        var response = mvc.perform(PasswordResetIntegrationTests.signInRequest(email, IdentityTestData.PASSWORD))
                .andExpect(authenticated()).andReturn().getResponse();
        var cookie = response.getCookie("custodes-session");
        assertThat(cookie).as("session cookie").isNotNull();
        return cookie;
    }
}
