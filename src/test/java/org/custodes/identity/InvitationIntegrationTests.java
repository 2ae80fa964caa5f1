package org.custodes.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.custodes.identity.account.Accounts;
import org.custodes.identity.invitation.Invitation;
import org.custodes.identity.security.SecretToken;
import org.custodes.organisation.OrganisationKind;
import org.custodes.organisation.OrganisationService;
import org.custodes.shared.Language;
import org.custodes.shared.OrganisationId;
import org.custodes.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class InvitationIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired IdentityService identity;
    @Autowired OrganisationService organisations;
    @Autowired Accounts accounts;

    IdentityTestData data;
    SignedInUser admin;
    OrganisationId company;

    @BeforeEach
    void setUp() {
        data = new IdentityTestData(organisations, identity, accounts, jdbc);
        admin = data.secretariatAdmin();
        company = data.organisation(OrganisationKind.COMPANY);
    }

    @Test
    void anInvitedPersonAcceptsSignsInAndTheLinkThenStopsWorking() throws Exception {
        var email = IdentityTestData.uniqueEmail("invitee");
        mvc.perform(post("/identity/organisations/{id}/users/invitations", company.value()).with(user(admin)).with(csrf())
                        .param("email", email).param("displayName", "Nadia Haddad").param("language", "FR")
                        .param("roles", "COMPANY_REPRESENTATIVE"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/identity/organisations/" + company.value() + "/users?invited"));

        var message = jdbc.sql("""
                select language, parameters ->> 'organisation' as organisation, parameters ->> 'link' as link
                from notification.outbox_message where recipient = :email and template = 'identity/invitation'
                """).param("email", email).query((row, n) -> new String[] { row.getString("language"),
                        row.getString("organisation"), row.getString("link") }).single();
        var legalName = organisations.get(company).legalName();
        assertThat(message[0]).isEqualTo("fr");
        assertThat(message[1]).isEqualTo(legalName);
        assertThat(message[2]).startsWith("http").contains("/invitations/accept?token=");
        var token = IdentityTestData.tokenOf(message[2]);
        assertThat(jdbc.sql("select count(*) from identity.invitation where token_hash = :token")
                .param("token", token).query(Long.class).single()).as("the secret itself is not stored").isZero();

        mvc.perform(get("/invitations/accept").param("token", token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(legalName)))
                .andExpect(content().string(containsString("Nadia Haddad")));

        mvc.perform(post("/invitations/accept").with(csrf()).param("token", token).param("displayName", "Nadia H.")
                        .param("password", IdentityTestData.PASSWORD).param("passwordConfirmation", IdentityTestData.PASSWORD))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/sign-in?ready"));

        var account = accounts.findByEmail(email).orElseThrow();
        assertThat(account.organisation()).isEqualTo(company);
        assertThat(account.roles()).containsExactly(Role.COMPANY_REPRESENTATIVE);
        assertThat(account.displayName()).isEqualTo("Nadia H.");
        assertThat(account.language()).isEqualTo(Language.FR);

        mvc.perform(PasswordResetIntegrationTests.signInRequest(email, IdentityTestData.PASSWORD))
                .andExpect(authenticated().withUsername(email));

        mvc.perform(get("/invitations/accept").param("token", token))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("This link cannot be used")));
        mvc.perform(post("/invitations/accept").with(csrf()).param("token", token).param("displayName", "Intruder")
                        .param("password", "Another-long-passphrase-7").param("passwordConfirmation", "Another-long-passphrase-7"))
                .andExpect(status().isNotFound());
        mvc.perform(PasswordResetIntegrationTests.signInRequest(email, "Another-long-passphrase-7"))
                .andExpect(unauthenticated());
    }

    @Test
    void anExpiredInvitationIsRefusedAndCreatesNoAccount() throws Exception {
        var email = IdentityTestData.uniqueEmail("late");
        var token = SecretToken.generate("");
        var issued = Instant.now().minus(Duration.ofHours(73));
        jdbc.sql("""
                insert into identity.invitation (id, organisation_id, email, display_name, language, roles, token_hash,
                    created_at, expires_at)
                values (:id, :organisation, :email, 'Late Comer', 'en', array['COMPANY_REPRESENTATIVE'], :hash, :issued, :expires)
                """).param("id", UUID.randomUUID()).param("organisation", company.value()).param("email", email)
                .param("hash", SecretToken.hash(token)).param("issued", Timestamp.from(issued))
                .param("expires", Timestamp.from(issued.plus(Invitation.VALIDITY))).update();

        mvc.perform(get("/invitations/accept").param("token", token))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("This link cannot be used")));
        mvc.perform(post("/invitations/accept").with(csrf()).param("token", token).param("displayName", "Late Comer")
                        .param("password", IdentityTestData.PASSWORD).param("passwordConfirmation", IdentityTestData.PASSWORD))
                .andExpect(status().isNotFound());
        assertThat(accounts.emailTaken(email)).isFalse();
    }

    @Test
    void unknownAndMalformedLinksGetTheSamePage() throws Exception {
        var unknown = mvc.perform(get("/invitations/accept").param("token", SecretToken.generate("")))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        var malformed = mvc.perform(get("/invitations/accept").param("token", "../../etc/passwd"))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        var missing = mvc.perform(get("/invitations/accept"))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(malformed).isEqualTo(unknown).isEqualTo(missing);
    }

    @Test
    void aRevokedInvitationStopsWorking() throws Exception {
        var email = IdentityTestData.uniqueEmail("revoked");
        var invitation = asUser(admin, () -> identity.invite(new InvitePerson(company, email, "Revoked Person",
                Language.EN, java.util.Set.of(Role.COMPANY_REPRESENTATIVE))));
        var token = IdentityTestData.tokenOf(data.linkSentTo(email, "identity/invitation"));
        mvc.perform(get("/identity/organisations/{id}/users", company.value()).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(email)));

        mvc.perform(post("/identity/organisations/{o}/users/invitations/{i}/revocation", company.value(), invitation.value())
                        .with(user(admin)).with(csrf()))
                .andExpect(status().isFound());

        mvc.perform(get("/invitations/accept").param("token", token)).andExpect(status().isNotFound());
        mvc.perform(get("/identity/organisations/{id}/users", company.value()).with(user(admin)))
                .andExpect(content().string(not(containsString(email))));
    }

    @Test
    void rolesThatDoNotFitTheOrganisationAreRefusedAndTheFormKeepsWhatWasTyped() throws Exception {
        var email = IdentityTestData.uniqueEmail("misfit");
        mvc.perform(post("/identity/organisations/{id}/users/invitations", company.value()).with(user(admin)).with(csrf())
                        .param("email", email).param("displayName", "Would-be Admin").param("language", "EN")
                        .param("roles", "SECRETARIAT_ADMIN"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("These roles do not fit this kind of organisation.")))
                .andExpect(content().string(containsString("value=\"" + email + "\"")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        assertThat(data.messagesTo(email)).isZero();
    }

    @Test
    void aMissingEmailIsAFieldErrorInTheUsersLanguage() throws Exception {
        mvc.perform(post("/identity/organisations/{id}/users/invitations", company.value()).with(user(admin)).with(csrf())
                        .param("lang", "fr").param("email", "").param("displayName", "Sans Adresse").param("language", "FR")
                        .param("roles", "COMPANY_REPRESENTATIVE"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Saisissez une adresse e-mail.")))
                .andExpect(content().string(containsString("value=\"Sans Adresse\"")));
    }

    @Test
    void aWeakPasswordIsRefusedWithAFieldErrorAndTheInvitationStaysUsable() throws Exception {
        var email = IdentityTestData.uniqueEmail("weak");
        asUser(admin, () -> identity.invite(new InvitePerson(company, email, "Weak Password", Language.EN,
                java.util.Set.of(Role.COMPANY_REPRESENTATIVE))));
        var token = IdentityTestData.tokenOf(data.linkSentTo(email, "identity/invitation"));

        mvc.perform(post("/invitations/accept").with(csrf()).param("token", token).param("displayName", "Kept Name")
                        .param("password", "short").param("passwordConfirmation", "short"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("at least 12 characters")))
                .andExpect(content().string(containsString("value=\"Kept Name\"")));
        mvc.perform(post("/invitations/accept").with(csrf()).param("token", token).param("displayName", "Kept Name")
                        .param("password", email).param("passwordConfirmation", email))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("must not be your e-mail address")));
        mvc.perform(get("/invitations/accept").param("token", token)).andExpect(status().isOk());
    }

    @Test
    void anOfficerCannotInviteAnAdministrator() {
        var officer = data.account(data.organisation(OrganisationKind.OVERSIGHT_BODY), Role.SECRETARIAT_OFFICER);
        var oversight = officer.organisation();
        var attempt = org.assertj.core.api.Assertions.catchThrowable(() -> asUser(officer, () -> identity.invite(
                new InvitePerson(oversight, IdentityTestData.uniqueEmail("escalation"), "Escalation", Language.EN,
                        java.util.Set.of(Role.SECRETARIAT_ADMIN)))));
        assertThat(attempt).isInstanceOf(RolesNotAllowed.class);
    }

    @Test
    void aCompanyUserCannotOpenTheUsersPageOfAnOrganisation() throws Exception {
        var representative = data.account(company, Role.COMPANY_REPRESENTATIVE);
        mvc.perform(get("/identity/organisations/{id}/users", company.value()).with(user(representative)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/identity/organisations/{id}/users/invitations", company.value()).with(user(representative))
                        .with(csrf()).param("email", IdentityTestData.uniqueEmail("x")).param("displayName", "X")
                        .param("language", "EN").param("roles", "COMPANY_REPRESENTATIVE"))
                .andExpect(status().isForbidden());
    }

    static <T> T asUser(SignedInUser user, java.util.function.Supplier<T> work) {
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated(user, null, user.getAuthorities()));
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }
}
