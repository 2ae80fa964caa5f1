package org.custodes.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;
import org.custodes.identity.account.Accounts;
import org.custodes.identity.passwordreset.ResetThrottle;
import org.custodes.identity.security.SecretToken;
import org.custodes.organisation.OrganisationKind;
import org.custodes.organisation.OrganisationService;
import org.custodes.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class PasswordResetIntegrationTests {

    static final String NEW_PASSWORD = "A-brand-new-passphrase-2027";
    /** Each request comes from its own documentation address, so the per-client limit never couples tests. */
    static final AtomicInteger clients = new AtomicInteger();

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired IdentityService identity;
    @Autowired OrganisationService organisations;
    @Autowired Accounts accounts;

    IdentityTestData data;
    SignedInUser person;

    @BeforeEach
    void setUp() {
        data = new IdentityTestData(organisations, identity, accounts, jdbc);
        person = data.account(data.organisation(OrganisationKind.CLIENT), Role.CLIENT);
    }

    @Test
    void knownAndUnknownAddressesGetTheSameAnswer() throws Exception {
        var unknown = IdentityTestData.uniqueEmail("nobody");
        var forKnown = mvc.perform(post("/password-reset").with(csrf()).with(newClient()).param("email", person.email()))
                .andExpect(status().isOk()).andReturn().getResponse();
        var forUnknown = mvc.perform(post("/password-reset").with(csrf()).with(newClient()).param("email", unknown))
                .andExpect(status().isOk()).andReturn().getResponse();

        assertThat(forUnknown.getContentAsString()).isEqualTo(forKnown.getContentAsString());
        assertThat(forUnknown.getHeaderNames()).containsExactlyInAnyOrderElementsOf(forKnown.getHeaderNames());
        assertThat(data.messagesTo(person.email())).isEqualTo(1);
        assertThat(data.messagesTo(unknown)).isZero();
    }

    @Test
    void theLinkSetsANewPasswordOnceAndEndsTheOtherSessions() throws Exception {
        var session = signIn(person.email(), IdentityTestData.PASSWORD);
        mvc.perform(get("/account/tokens").cookie(session)).andExpect(status().isOk());

        mvc.perform(post("/password-reset").with(csrf()).with(newClient()).param("email", person.email()))
                .andExpect(status().isOk());
        var token = IdentityTestData.tokenOf(data.linkSentTo(person.email(), "identity/password-reset"));
        mvc.perform(get("/password-reset/confirm").param("token", token)).andExpect(status().isOk());

        mvc.perform(post("/password-reset/confirm").with(csrf()).param("token", token)
                        .param("password", NEW_PASSWORD).param("passwordConfirmation", NEW_PASSWORD))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/sign-in?reset"));

        mvc.perform(get("/account/tokens").cookie(session)).andExpect(status().isFound());
        mvc.perform(signInRequest(person.email(), IdentityTestData.PASSWORD)).andExpect(unauthenticated());
        mvc.perform(signInRequest(person.email(), NEW_PASSWORD)).andExpect(authenticated());

        mvc.perform(get("/password-reset/confirm").param("token", token))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("This link cannot be used")));
        mvc.perform(post("/password-reset/confirm").with(csrf()).param("token", token)
                        .param("password", "Yet-another-passphrase-99").param("passwordConfirmation", "Yet-another-passphrase-99"))
                .andExpect(status().isNotFound());
        mvc.perform(signInRequest(person.email(), NEW_PASSWORD)).andExpect(authenticated());
    }

    @Test
    void aRefusedPasswordKeepsTheLinkUsable() throws Exception {
        mvc.perform(post("/password-reset").with(csrf()).with(newClient()).param("email", person.email()));
        var token = IdentityTestData.tokenOf(data.linkSentTo(person.email(), "identity/password-reset"));

        mvc.perform(post("/password-reset/confirm").with(csrf()).param("token", token)
                        .param("password", NEW_PASSWORD).param("passwordConfirmation", "something else entirely"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("The two passwords are not the same.")));
        mvc.perform(get("/password-reset/confirm").param("token", token)).andExpect(status().isOk());
    }

    @Test
    void malformedAndUnknownTokensGetTheSamePage() throws Exception {
        var malformed = mvc.perform(get("/password-reset/confirm").param("token", "../../etc/passwd"))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        var unknown = mvc.perform(get("/password-reset/confirm").param("token", SecretToken.generate("")))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(malformed).isEqualTo(unknown);
    }

    @Test
    void anInvalidAddressIsAFieldError() throws Exception {
        mvc.perform(post("/password-reset").with(csrf()).with(newClient()).param("email", "not an address"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Enter a valid e-mail address")))
                .andExpect(content().string(containsString("value=\"not an address\"")));
    }

    @Test
    void requestsForOneAddressAreLimitedWhateverTheClient() throws Exception {
        var target = IdentityTestData.uniqueEmail("flooded");
        for (var i = 0; i < ResetThrottle.PER_EMAIL; i++) {
            mvc.perform(post("/password-reset").with(csrf()).with(newClient()).param("email", target))
                    .andExpect(status().isOk());
        }
        mvc.perform(post("/password-reset").with(csrf()).with(newClient()).param("email", target))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("Too many requests")));
    }

    private Cookie signIn(String email, String password) throws Exception {
        var response = mvc.perform(signInRequest(email, password)).andExpect(authenticated()).andReturn().getResponse();
        var cookie = response.getCookie("custodes-session");
        assertThat(cookie).as("session cookie").isNotNull();
        return cookie;
    }

    /**
     * A form sign-in from an address of its own (a documentation range), so these tests never use up the per-client
     * allowance that the browser tests, signing in from 127.0.0.1, rely on.
     */
    static org.springframework.test.web.servlet.RequestBuilder signInRequest(String email, String password) {
        var form = formLogin("/sign-in").userParameter("email").passwordParam("password").user(email).password(password);
        return context -> {
            var request = form.buildRequest(context);
            request.setRemoteAddr("198.51.100." + (1 + Math.floorMod(email.hashCode(), 250)));
            return request;
        };
    }

    static RequestPostProcessor newClient() {
        var n = clients.incrementAndGet();
        return request -> {
            request.setRemoteAddr("192.0.2." + (n % 250 + 1));
            return request;
        };
    }
}
