package org.custodes.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodes.identity.BrowserlessSession.body;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.custodes.identity.signin.AccountLockedOut;
import org.custodes.identity.signin.SignInFailed;
import org.custodes.identity.signin.SignInOutcome;
import org.custodes.identity.signin.SignInSucceeded;
import org.custodes.organisation.OrganisationService;
import org.custodes.shared.Language;
import org.custodes.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

@IntegrationTest
@RecordApplicationEvents
class SignInIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    IdentityService identity;
    @Autowired
    OrganisationService organisations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;
    @LocalServerPort
    int port;

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Test
    void signingInGivesTheSessionANewIdAndAnHttpOnlySameSiteCookie() throws Exception {
        var account = TestAccounts.create(identity, organisations, Role.CLIENT, Language.EN);
        var visit = new BrowserlessSession(mvc);
        visit.visit("/sign-in");
        var anonymousSession = visit.sessionId();
        assertThat(anonymousSession).as("the sign-in form keeps its CSRF token in a session").isNotNull();

        var signIn = visit.signIn(account.email(), TestAccounts.PASSWORD);

        assertThat(signIn.getResponse().getRedirectedUrl()).isEqualTo("/workspace");
        assertThat(visit.sessionId()).isNotEqualTo(anonymousSession);
        var setCookie = String.join("\n", signIn.getResponse().getHeaders("Set-Cookie"));
        assertThat(setCookie).contains(BrowserlessSession.COOKIE + "=").contains("HttpOnly").contains("SameSite=Lax");
        assertThat(signIn.getResponse().getHeaders("Set-Cookie")).allSatisfy(cookie ->
                assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax"));
        var workspace = visit.visit("/workspace");
        assertThat(workspace.getResponse().getStatus()).isEqualTo(200);
        assertThat(workspace.getResponse().getHeader("Cache-Control")).contains("no-store");
        assertThat(events.stream(SignInSucceeded.class)).containsExactly(new SignInSucceeded(account.id(), false));
    }

    /**
     * security.md case 10: the time a refusal takes does not say whether the address has an account. 200 sign-ins
     * with an unknown address and 200 with a known one and a wrong password (locked after the fifth: that path hashes
     * too), interleaved, each from its own client address so that the client throttle stays out of it; the medians
     * may differ by a fifth of the larger one at most (an Argon2 hash, tens of milliseconds, dominates both; what
     * remains is a few database statements).
     */
    @Test
    void anUnknownAddressCostsWhatAKnownOneDoes() throws Exception {
        var account = TestAccounts.create(identity, organisations, Role.CLIENT, Language.EN);
        var samples = 200;
        var known = new long[samples];
        var unknown = new long[samples];
        for (var i = 0; i < samples; i++) {
            unknown[i] = timedSignIn("nobody-" + i + "-" + account.email(), "10.20." + (i / 200) + "." + (i % 200));
            known[i] = timedSignIn(account.email(), "10.21." + (i / 200) + "." + (i % 200));
        }
        var knownMedian = median(known);
        var unknownMedian = median(unknown);
        System.out.printf("SIGN-IN TIMING median known %.2f ms, unknown %.2f ms over %d samples each%n",
                knownMedian / 1e6, unknownMedian / 1e6, samples);
        assertThat(Math.abs(knownMedian - unknownMedian)).as("gap of the medians (ns): known %d, unknown %d",
                knownMedian, unknownMedian).isLessThanOrEqualTo(Math.max(knownMedian, unknownMedian) / 5);
    }

    private long timedSignIn(String email, String client) throws Exception {
        var started = System.nanoTime();
        var status = mvc.perform(MockMvcRequestBuilders.post("/sign-in").param("email", email)
                        .param("password", "Wrong-Password-2026")
                        .with(SecurityMockMvcRequestPostProcessors.csrf())
                        .with(request -> {
                            request.setRemoteAddr(client);
                            return request;
                        }))
                .andReturn().getResponse().getStatus();
        var took = System.nanoTime() - started;
        assertThat(status).as("a refusal, not the client throttle").isEqualTo(401);
        return took;
    }

    private static long median(long[] values) {
        var sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    @Test
    void anUnknownAddressAndAWrongPasswordGetTheSameAnswer() throws Exception {
        var account = TestAccounts.create(identity, organisations, Role.CLIENT, Language.EN);

        var unknown = overHttp("nobody-" + account.email(), TestAccounts.PASSWORD);
        var wrong = overHttp(account.email(), "Wrong-Password-2026");

        assertThat(unknown.statusCode()).isEqualTo(401).isEqualTo(wrong.statusCode());
        assertThat(withoutCsrfToken(unknown.body()).replace("nobody-", "")).isEqualTo(withoutCsrfToken(wrong.body()));
        assertThat(wrong.body()).contains("The e-mail address or password is not right")
                .contains("value=\"" + account.email() + "\"").doesNotContain("Wrong-Password-2026");
        assertThat(new SignInFailed(null, SignInFailed.Reason.UNKNOWN_ACCOUNT).auditSubject()).isEqualTo("account:unknown");
    }

    @Test
    void refusalsArePublishedWithoutWhatWasTyped() throws Exception {
        var account = TestAccounts.create(identity, organisations, Role.CLIENT, Language.EN);

        new BrowserlessSession(mvc).signIn("nobody-" + account.email(), TestAccounts.PASSWORD);
        new BrowserlessSession(mvc).signIn(account.email(), "Wrong-Password-2026");

        assertThat(events.stream(SignInFailed.class)).containsExactly(
                new SignInFailed(null, SignInFailed.Reason.UNKNOWN_ACCOUNT),
                new SignInFailed(account.id(), SignInFailed.Reason.WRONG_PASSWORD));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightPasswordWithTheSameAnswer() throws Exception {
        var account = TestAccounts.create(identity, organisations, Role.CSO_REPRESENTATIVE, Language.EN);
        for (var i = 0; i < 5; i++) {
            new BrowserlessSession(mvc).signIn(account.email(), "Wrong-Password-" + i);
        }

        var rightPassword = new BrowserlessSession(mvc).signIn(account.email(), TestAccounts.PASSWORD);
        var unknown = new BrowserlessSession(mvc).signIn("nobody-" + account.email(), TestAccounts.PASSWORD);

        assertThat(rightPassword.getResponse().getStatus()).isEqualTo(401).isEqualTo(unknown.getResponse().getStatus());
        assertThat(rightPassword.getResponse().getForwardedUrl()).isEqualTo(SignInOutcome.REFUSED_PAGE)
                .isEqualTo(unknown.getResponse().getForwardedUrl());
        assertThat(jdbc.sql("select locked_until > now() from identity.sign_in_lockout where account_id = :id")
                .param("id", account.id().value()).query(Boolean.class).single()).isTrue();
        assertThat(events.stream(AccountLockedOut.class)).hasSize(1)
                .allSatisfy(locked -> assertThat(locked.account()).isEqualTo(account.id()));
        assertThat(events.stream(SignInFailed.class))
                .contains(new SignInFailed(account.id(), SignInFailed.Reason.ACCOUNT_LOCKED));
    }

    @Test
    void oneClientIsStoppedAfterTwentyAttemptsAMinuteWhateverTheAccounts() throws Exception {
        var visit = new BrowserlessSession(mvc);
        for (var i = 0; i < 20; i++) {
            assertThat(visit.signIn("nobody-" + i + "@test.custodes.example", "x").getResponse().getStatus()).isEqualTo(401);
        }

        // The allowance refills one attempt every 3 s while the test runs, so a few more may pass before the refusal.
        var throttled = visit.signIn("nobody-else@test.custodes.example", "x");
        for (var extra = 0; extra < 10 && throttled.getResponse().getStatus() != 429; extra++) {
            throttled = visit.signIn("nobody-else@test.custodes.example", "x");
        }

        assertThat(throttled.getResponse().getStatus()).isEqualTo(429);
        assertThat(throttled.getResponse().getForwardedUrl()).isEqualTo(SignInOutcome.REFUSED_PAGE);
        var otherClient = new BrowserlessSession(mvc).signIn("nobody@test.custodes.example", "x");
        assertThat(otherClient.getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void signingOutIsPostOnlyInvalidatesTheSessionAndClearsTheSite() throws Exception {
        var account = TestAccounts.create(identity, organisations, Role.STATE_REPRESENTATIVE, Language.EN);
        var visit = new BrowserlessSession(mvc);
        visit.signIn(account.email(), TestAccounts.PASSWORD);
        var signedIn = visit.sessionId();

        var byGet = visit.visit("/sign-out");
        assertThat(byGet.getResponse().getStatus()).isEqualTo(404);
        assertThat(visit.visit("/workspace").getResponse().getStatus()).as("still signed in").isEqualTo(200);

        var signOut = visit.submit("/sign-out");
        assertThat(signOut.getResponse().getRedirectedUrl()).isEqualTo("/?signed-out");
        assertThat(signOut.getResponse().getHeader("Clear-Site-Data")).contains("\"cookies\"").contains("\"storage\"");
        assertThat(jdbc.sql("select count(*) from identity.http_session where session_id = :id")
                .param("id", new String(java.util.Base64.getDecoder().decode(signedIn))).query(Long.class).single())
                .as("the session is gone from the server").isZero();

        var replay = new BrowserlessSession(mvc);
        var stolenCookie = new jakarta.servlet.http.Cookie(BrowserlessSession.COOKIE, signedIn);
        var withOldCookie = replay.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/workspace").cookie(stolenCookie));
        assertThat(withOldCookie.getResponse().getRedirectedUrl()).endsWith("/sign-in");
    }

    /** A sign-in over real HTTP, so that the refused page is rendered as a browser receives it. */
    private HttpResponse<String> overHttp(String email, String password) throws Exception {
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        var form = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sign-in")).build(),
                HttpResponse.BodyHandlers.ofString());
        var token = CSRF.matcher(form.body());
        assertThat(token.find()).as("the sign-in form has a CSRF token").isTrue();
        var body = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sign-in"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The page without its per-request CSRF token, so two answers can be compared. */
    private static String withoutCsrfToken(String page) {
        return page.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"");
    }
}
