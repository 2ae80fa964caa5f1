package org.custodes.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.custodes.governance.resolution.VoteChoice;
import org.custodes.identity.IdentityService;
import org.custodes.identity.Role;
import org.custodes.identity.TestAccounts;
import org.custodes.membership.MembershipFixtures;
import org.custodes.membership.MembershipService;
import org.custodes.organisation.OrganisationService;
import org.custodes.shared.Language;
import org.custodes.support.Browser;
import org.custodes.support.BrowserSignIn;
import org.custodes.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 15's key path in a real browser: the secretariat drafts a resolution admitting a recommended applicant, the
 * directors vote (the last three through the pages), it is carried, and the membership application shows the
 * Board's decision, dated the day the resolution was carried, with the resolution's reference.
 */
@IntegrationTest
class GovernanceBrowserIntegrationTests {

    private static final List<String> BROWSER_VOTERS = List.of("Daniel Mensah", "Eleni Papadopoulos", "Oliver Grant");
    private static final List<String> BROWSER_EMAILS = List.of("director1@custodes.example",
            "director2@custodes.example", "director3@custodes.example");

    @RegisterExtension
    final Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    GovernanceService governance;
    @Autowired
    MembershipService membership;
    @Autowired
    IdentityService identity;
    @Autowired
    OrganisationService organisations;
    @Autowired
    Clock clock;

    @Test
    void theSecretariatDraftsAResolutionThreeDirectorsVoteItIsCarriedAndTheApplicationShowsTheBoardsDecision()
            throws Exception {
        var application = MembershipFixtures.recommendedApplication(membership, organisations);
        var applicant = GovernanceActors.secretariat().call(() -> membership.application(application))
                .organisationName();
        var officer = TestAccounts.create(identity, organisations, Role.SECRETARIAT_OFFICER, Language.EN);

        BrowserSignIn.enrollingAuthenticator(browser, url(""), officer.email(), TestAccounts.PASSWORD);
        browser.open(url("/governance/resolutions"));
        browser.clickThrough("#draft-resolution");
        browser.type("#title", "Admit " + applicant);
        browser.type("#text", "The Board admits the applicant as a member of the association.");
        browser.find("label[for=matter-ADMIT_APPLICANT]").click();
        new Select(browser.find("#application")).selectByValue(application.value().toString());
        browser.setDate("#closesOn", LocalDate.now(clock).plusDays(14));
        browser.clickThrough("form[action='/governance/resolutions'] button[type=submit]");
        assertThat(browser.find("#resolution-status").getText()).isEqualTo("Open for votes");
        var address = browser.driver().getCurrentUrl();
        var resolution = new ResolutionId(java.util.UUID.fromString(
                address.replaceAll(".*/governance/resolutions/([0-9a-f-]{36}).*", "$1")));
        var reference = browser.find("h1 span").getText();

        // The directors who are not in this journey vote by the API's facade, as they would from their own sessions.
        governance.board().stream().filter(seat -> !seat.vacant() && !BROWSER_VOTERS.contains(seat.holderName()))
                .forEach(seat -> GovernanceActors.director(seat).call(() -> governance.vote(resolution, VoteChoice.FOR)));

        for (var email : BROWSER_EMAILS) {
            BrowserSignIn.enrollingAuthenticator(browser, url(""), email, DemoGovernance.PASSWORD);
            browser.open(url("/governance/resolutions/" + resolution));
            browser.find("label[for=choice-FOR]").click();
            browser.clickThrough("#cast-vote");
            assertThat(browser.driver().getCurrentUrl()).endsWith("?voted");
        }
        assertThat(browser.find("#resolution-status").getText()).isEqualTo("Carried");
        var carriedOn = browser.find("#decided-on").getText();

        browser.open(url("/membership/applications/" + application));
        browser.reloadUntilShown(By.xpath("//span[normalize-space()='" + reference + "']"));
        assertThat(browser.find("#application-status").getText()).isEqualTo("Approved");
        assertThat(browser.find("section").getText()).contains(carriedOn).contains("Board resolution " + reference);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
