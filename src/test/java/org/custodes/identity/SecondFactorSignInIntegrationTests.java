package org.custodes.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodes.identity.BrowserlessSession.body;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.custodes.identity.TestAccounts.TestAccount;
import org.custodes.identity.secondfactor.RecoveryCodeUsed;
import org.custodes.identity.secondfactor.RecoveryCodesRegenerated;
import org.custodes.identity.secondfactor.SecondFactorDisabled;
import org.custodes.identity.secondfactor.SecondFactorEnrolled;
import org.custodes.identity.secondfactor.Totp;
import org.custodes.identity.signin.SignInFailed;
import org.custodes.identity.signin.SignInSucceeded;
import org.custodes.organisation.OrganisationService;
import org.custodes.shared.Language;
import org.custodes.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@RecordApplicationEvents
class SecondFactorSignInIntegrationTests {

    private static final Pattern RECOVERY_CODE = Pattern.compile("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");

    @Autowired
    MockMvc mvc;
    @Autowired
    IdentityService identity;
    @Autowired
    OrganisationService organisations;
    @Autowired
    ApplicationEvents events;

    final Totp totp = new Totp();

    record Enrolled(TestAccount account, byte[] secret, long usedStep, List<String> recoveryCodes) {
    }

    @Test
    void aSecretariatUserMustEnrolBeforeReachingAnythingAndThePartialSessionOpensNoPage() throws Exception {
        var account = TestAccounts.create(identity, organisations, Role.SECRETARIAT_OFFICER, Language.EN);
        var visit = new BrowserlessSession(mvc);

        var signIn = visit.signIn(account.email(), TestAccounts.PASSWORD);

        assertThat(signIn.getResponse().getRedirectedUrl()).isEqualTo("/sign-in/second-factor/enrolment");
        for (var page : List.of("/workspace", "/account/security", "/", "/organisations", "/sign-in/second-factor")) {
            assertThat(visit.visit(page).getResponse().getRedirectedUrl()).as(page)
                    .isEqualTo("/sign-in/second-factor/enrolment");
        }
        var enrolment = visit.visit("/sign-in/second-factor/enrolment");
        assertThat(enrolment.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(enrolment)).contains("data:image/svg+xml;base64,").doesNotContain("style=");
        assertThat(events.stream(SignInSucceeded.class)).isEmpty();
    }

    @Test
    void enrolmentShowsTenRecoveryCodesOnceAndOpensTheWorkspaceWithANewSessionId() throws Exception {
        var account = TestAccounts.create(identity, organisations, Role.SECRETARIAT_ADMIN, Language.EN);
        var visit = new BrowserlessSession(mvc);
        visit.signIn(account.email(), TestAccounts.PASSWORD);
        var secret = BrowserlessSession.secretOn(visit.visit("/sign-in/second-factor/enrolment"));

        var wrong = visit.submit("/sign-in/second-factor/enrolment", "code", wrongCode(secret));
        assertThat(wrong.getResponse().getStatus()).isEqualTo(422);
        assertThat(body(wrong)).contains("aria-invalid=\"true\"").contains("code-error");

        var partialSession = visit.sessionId();
        var confirmed = visit.submit("/sign-in/second-factor/enrolment", "code", currentCode(secret));

        assertThat(confirmed.getResponse().getStatus()).isEqualTo(200);
        assertThat(recoveryCodesIn(body(confirmed))).hasSize(10);
        assertThat(visit.sessionId()).as("new session id after the second factor").isNotEqualTo(partialSession);
        var workspace = visit.visit("/workspace");
        assertThat(workspace.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(workspace)).contains("href=\"/organisations\"");
        assertThat(body(visit.visit("/account/security"))).doesNotContain(recoveryCodesIn(body(confirmed)).get(0));
        assertThat(events.stream(SecondFactorEnrolled.class)).contains(new SecondFactorEnrolled(account.id()));
        assertThat(events.stream(SignInSucceeded.class)).contains(new SignInSucceeded(account.id(), true));
    }

    @Test
    void anEnrolledUserTypesACodeAndAWrongOrReplayedCodeIsRefused() throws Exception {
        var enrolled = enrol(Role.BOARD_MEMBER);
        var visit = new BrowserlessSession(mvc);

        assertThat(visit.signIn(enrolled.account().email(), TestAccounts.PASSWORD).getResponse().getRedirectedUrl())
                .isEqualTo("/sign-in/second-factor");
        assertThat(visit.visit("/workspace").getResponse().getRedirectedUrl()).isEqualTo("/sign-in/second-factor");

        var wrong = visit.submit("/sign-in/second-factor", "code", wrongCode(enrolled.secret()));
        assertThat(wrong.getResponse().getStatus()).isEqualTo(422);
        var replayed = visit.submit("/sign-in/second-factor", "code", totp.codeAt(enrolled.secret(), enrolled.usedStep()));
        assertThat(replayed.getResponse().getStatus()).as("the code used at enrolment, again").isEqualTo(422);
        assertThat(visit.visit("/workspace").getResponse().getRedirectedUrl()).isEqualTo("/sign-in/second-factor");

        var partialSession = visit.sessionId();
        var next = totp.codeAt(enrolled.secret(), Totp.stepAt(Instant.now()) + 1);
        var accepted = visit.submit("/sign-in/second-factor", "code", next);

        assertThat(accepted.getResponse().getRedirectedUrl()).isEqualTo("/workspace");
        assertThat(visit.sessionId()).isNotEqualTo(partialSession);
        assertThat(visit.visit("/workspace").getResponse().getStatus()).isEqualTo(200);
        assertThat(events.stream(SignInFailed.class))
                .contains(new SignInFailed(enrolled.account().id(), SignInFailed.Reason.WRONG_SECOND_FACTOR));
    }

    @Test
    void aRecoveryCodeOpensOneSignInOnly() throws Exception {
        var enrolled = enrol(Role.SECRETARIAT_OFFICER);
        var code = enrolled.recoveryCodes().get(0);

        var first = new BrowserlessSession(mvc);
        first.signIn(enrolled.account().email(), TestAccounts.PASSWORD);
        var used = first.submit("/sign-in/second-factor", "code", code.toLowerCase());
        assertThat(used.getResponse().getRedirectedUrl()).isEqualTo("/account/security?recovery-code-used");
        assertThat(body(first.visit("/account/security?recovery-code-used"))).contains("9");

        var second = new BrowserlessSession(mvc);
        second.signIn(enrolled.account().email(), TestAccounts.PASSWORD);
        var again = second.submit("/sign-in/second-factor", "code", code);
        assertThat(again.getResponse().getStatus()).isEqualTo(422);
        assertThat(events.stream(RecoveryCodeUsed.class)).containsExactly(new RecoveryCodeUsed(enrolled.account().id(), 9));
    }

    @Test
    void aRoleThatRequiresASecondFactorCannotTurnItOff() throws Exception {
        var enrolled = enrol(Role.SECRETARIAT_ADMIN);
        var visit = signedIn(enrolled);

        var refused = visit.submit("/account/security/second-factor/disable", "code", currentCode(enrolled.secret()));

        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(body(refused)).contains("Your role requires a second factor");
        assertThat(events.stream(SecondFactorDisabled.class)).isEmpty();
    }

    @Test
    void anOptionalSecondFactorCanBeTurnedOnAndOffByItsOwner() throws Exception {
        var account = TestAccounts.create(identity, organisations, Role.COMPANY_REPRESENTATIVE, Language.EN);
        var visit = new BrowserlessSession(mvc);
        assertThat(visit.signIn(account.email(), TestAccounts.PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/workspace");
        var secret = BrowserlessSession.secretOn(visit.visit("/account/security/second-factor"));
        var step = Totp.stepAt(Instant.now());
        var confirmed = visit.submit("/account/security/second-factor", "code", totp.codeAt(secret, step));
        assertThat(recoveryCodesIn(body(confirmed))).hasSize(10);

        var regenerated = visit.submit("/account/security/recovery-codes", "code", totp.codeAt(secret, step + 1));
        assertThat(recoveryCodesIn(body(regenerated))).hasSize(10).doesNotContainAnyElementsOf(recoveryCodesIn(body(confirmed)));

        var disabled = visit.submit("/account/security/second-factor/disable", "code", wrongCode(secret));
        assertThat(disabled.getResponse().getStatus()).isEqualTo(422);
        var stillOn = new BrowserlessSession(mvc).signIn(account.email(), TestAccounts.PASSWORD);
        assertThat(stillOn.getResponse().getRedirectedUrl()).isEqualTo("/sign-in/second-factor");

        assertThat(events.stream(RecoveryCodesRegenerated.class)).contains(new RecoveryCodesRegenerated(account.id()));
    }

    @Test
    void theSessionSpeaksTheUsersLanguageAndTheUserCanChangeIt() throws Exception {
        var account = TestAccounts.create(identity, organisations, Role.OBSERVER, Language.FR);
        var visit = new BrowserlessSession(mvc);

        var signIn = visit.signIn(account.email(), TestAccounts.PASSWORD);
        assertThat(signIn.getResponse().getCookie("custodes-lang").getValue()).isEqualTo("fr");

        var changed = visit.submit("/account/security/language", "language", "AR");
        assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/account/security?language-changed");
        assertThat(changed.getResponse().getCookie("custodes-lang").getValue()).isEqualTo("ar");
        var next = new BrowserlessSession(mvc).signIn(account.email(), TestAccounts.PASSWORD);
        assertThat(next.getResponse().getCookie("custodes-lang").getValue()).isEqualTo("ar");

        var invalid = visit.submit("/account/security/language", "language", "KLINGON");
        assertThat(invalid.getResponse().getStatus()).isEqualTo(422);
        assertThat(body(invalid)).contains("language-error");
    }

    /** Enrols through the pages, as the person would, and signs out. */
    Enrolled enrol(Role role) throws Exception {
        var account = TestAccounts.create(identity, organisations, role, Language.EN);
        var visit = new BrowserlessSession(mvc);
        visit.signIn(account.email(), TestAccounts.PASSWORD);
        var secret = BrowserlessSession.secretOn(visit.visit("/sign-in/second-factor/enrolment"));
        var step = Totp.stepAt(Instant.now());
        var confirmed = visit.submit("/sign-in/second-factor/enrolment", "code", totp.codeAt(secret, step));
        assertThat(confirmed.getResponse().getStatus()).isEqualTo(200);
        visit.submit("/sign-out");
        return new Enrolled(account, secret, step, recoveryCodesIn(body(confirmed)));
    }

    BrowserlessSession signedIn(Enrolled enrolled) throws Exception {
        var visit = new BrowserlessSession(mvc);
        visit.signIn(enrolled.account().email(), TestAccounts.PASSWORD);
        var code = totp.codeAt(enrolled.secret(), Totp.stepAt(Instant.now()) + 1);
        assertThat(visit.submit("/sign-in/second-factor", "code", code).getResponse().getRedirectedUrl()).isEqualTo("/workspace");
        return visit;
    }

    String currentCode(byte[] secret) {
        return totp.codeAt(secret, Totp.stepAt(Instant.now()));
    }

    /** A six-digit code that matches no step of the tolerance window. */
    String wrongCode(byte[] secret) {
        var now = Totp.stepAt(Instant.now());
        var window = List.of(totp.codeAt(secret, now - 1), totp.codeAt(secret, now), totp.codeAt(secret, now + 1),
                totp.codeAt(secret, now + 2));
        for (var candidate = 0; ; candidate++) {
            var code = String.format("%06d", candidate);
            if (!window.contains(code)) {
                return code;
            }
        }
    }

    static List<String> recoveryCodesIn(String page) {
        var codes = new ArrayList<String>();
        var matcher = RECOVERY_CODE.matcher(page);
        while (matcher.find()) {
            codes.add(matcher.group());
        }
        return codes;
    }
}
