package org.custodes.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.custodes.organisation.OrganisationService;
import org.custodes.shared.Language;
import org.custodes.support.Browser;
import org.custodes.support.BrowserSignIn;
import org.custodes.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The key journey of a secretariat member in a real browser: password, authenticator, workspace, Arabic. */
@IntegrationTest
class SignInBrowserIntegrationTests {

    @RegisterExtension
    final Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identity;
    @Autowired
    OrganisationService organisations;

    @Test
    void aSecretariatOfficerEnrolsAnAuthenticatorReachesTheWorkspaceAndReadsItInArabic() throws Exception {
        var account = TestAccounts.create(identity, organisations, Role.SECRETARIAT_OFFICER, Language.EN);

        browser.open(url("/sign-in"));
        browser.type("#email", account.email());
        browser.type("#password", TestAccounts.PASSWORD);
        browser.find("form.stacked button[type=submit]").click();

        browser.waitFor(ExpectedConditions.urlToBe(url("/sign-in/second-factor/enrolment")));
        assertThat(browser.find("img.qr").getAttribute("src")).startsWith("data:image/svg+xml;base64,");
        assertThat(browser.find("img.qr").getAttribute("naturalWidth")).isNotEqualTo("0");
        browser.type("#code", BrowserSignIn.authenticatorCode(BrowserSignIn.secretShown(browser)));
        browser.find("form.stacked button[type=submit]").click();

        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("recovery-codes")));
        assertThat(browser.driver().findElements(By.cssSelector("#recovery-codes li"))).hasSize(10);
        browser.find("#continue").click();

        browser.waitFor(ExpectedConditions.urlToBe(url("/workspace")));
        assertThat(browser.driver().findElements(By.cssSelector("nav.main-nav a[href='/organisations']"))).hasSize(1);
        assertThat(browser.driver().findElements(By.cssSelector("nav.main-nav a[href='/audit']"))).hasSize(1);

        browser.find("nav.languages a[lang='ar']").click();

        browser.waitFor(ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "rtl"));
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("ar");
        assertThat(browser.driver().getCurrentUrl()).startsWith(url("/workspace"));
        assertThat(browser.driver().findElements(By.cssSelector("nav.main-nav a[href='/organisations']"))).hasSize(1);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
