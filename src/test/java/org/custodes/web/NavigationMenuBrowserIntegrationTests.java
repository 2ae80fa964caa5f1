package org.custodes.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.custodes.identity.IdentityService;
import org.custodes.identity.Role;
import org.custodes.identity.TestAccounts;
import org.custodes.organisation.OrganisationService;
import org.custodes.shared.Language;
import org.custodes.support.Browser;
import org.custodes.support.BrowserSignIn;
import org.custodes.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The secretariat's long navigation in a real browser, JavaScript off: behind a closed "Menu" on a phone, opened by
 * its summary (mouse or keyboard), and shown in full without a click on a wide screen, in Arabic too.
 */
@IntegrationTest
class NavigationMenuBrowserIntegrationTests {

    @RegisterExtension
    final Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identity;
    @Autowired
    OrganisationService organisations;

    @Test
    void onAPhoneTheNavigationIsAClosedMenuThatOpensAndOnAWideScreenItsLinksShowWithoutAClick() throws Exception {
        var account = TestAccounts.create(identity, organisations, Role.SECRETARIAT_OFFICER, Language.EN);
        BrowserSignIn.enrollingAuthenticator(browser, url(""), account.email(), TestAccounts.PASSWORD);
        browser.driver().manage().window().setSize(new Dimension(360, 800));
        browser.open(url("/workspace"));

        var summary = browser.find("nav.main-nav details > summary");
        assertThat(summary.isDisplayed()).isTrue();
        assertThat(summary.getText()).isEqualTo("Menu");
        assertThat(browser.find("nav.main-nav details").getAttribute("open")).isNull();
        assertThat(shown(link("/organisations"))).isFalse();

        summary.click();
        browser.waitFor(page -> shown(link("/organisations")));
        assertThat(shown(link("/audit"))).isTrue();
        assertThat(link("/workspace").getAttribute("aria-current")).isEqualTo("page");

        summary.sendKeys(" ");
        browser.waitFor(page -> !shown(link("/organisations")));

        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        browser.open(url("/workspace"));
        assertThat(browser.find("nav.main-nav details").getAttribute("open")).isNull();
        assertThat(browser.find("nav.main-nav details > summary").isDisplayed()).isFalse();
        assertThat(shown(link("/organisations"))).isTrue();
        assertThat(shown(link("/audit"))).isTrue();
        assertThat(link("/audit").isDisplayed()).isTrue(); // and Selenium, like assistive technology, agrees

        browser.open(url("/workspace?lang=ar"));
        browser.waitFor(ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "rtl"));
        assertThat(shown(link("/organisations"))).isTrue();
        browser.driver().manage().window().setSize(new Dimension(360, 800));
        browser.open(url("/workspace"));
        assertThat(browser.find("nav.main-nav details > summary").getText()).isEqualTo("القائمة");
        assertThat(shown(link("/organisations"))).isFalse();
    }

    /** Whether the person sees the element: it has a size and is what a click at its middle hits. */
    private boolean shown(WebElement element) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript("""
                arguments[0].scrollIntoView({block: "center"});
                const box = arguments[0].getBoundingClientRect();
                if (box.width === 0 || box.height === 0) return false;
                const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
                return hit === arguments[0] || arguments[0].contains(hit);
                """, element));
    }

    private WebElement link(String path) {
        return browser.find("nav.main-nav a[href='" + path + "']");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
