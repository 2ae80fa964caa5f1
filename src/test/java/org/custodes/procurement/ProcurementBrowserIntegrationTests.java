package org.custodes.procurement;

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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A client preparing a tender: finds the hiring guidance in the library by audience and words, reads that it is an
 * outside resource, then checks a company's standing in the toolkit, and reads the toolkit in Arabic.
 */
@IntegrationTest
class ProcurementBrowserIntegrationTests {

    @RegisterExtension
    final Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identity;
    @Autowired
    OrganisationService organisations;

    @Test
    void aClientFindsHiringGuidanceAndChecksACompanyBeforeTheTender() {
        var client = organisations.findByLegalName("Global Extractives plc").orElseThrow().id();
        var account = TestAccounts.create(identity, client, Role.CLIENT, Language.EN);
        BrowserSignIn.withPassword(browser, url(""), account.email(), TestAccounts.PASSWORD);

        browser.clickThrough("nav.main-nav a[href='/resources']");
        new Select(browser.find("#audience")).selectByValue("CLIENTS");
        browser.type("#q", "hiring");
        browser.clickThrough("form.filters button[type=submit]");
        assertThat(browser.find("[role=status]").getText()).isEqualTo("One resource found");
        browser.clickThrough("ul.listing h2 a");

        assertThat(browser.find("h1").getText()).isEqualTo("Recommendations for Hiring Private Security Providers");
        assertThat(browser.find("p.alert").getText()).contains("not necessarily endorse");
        assertThat(browser.driver().findElements(By.cssSelector("a[hreflang=es]"))).hasSize(1);

        browser.clickThrough("nav.main-nav a[href='/procurement/toolkit']");
        browser.type("#company", "Aegis Shield");
        browser.clickThrough("form.filters button[type=submit]");
        assertThat(browser.find("table tbody th").getText()).isEqualTo("Aegis Shield Security Ltd");
        assertThat(browser.driver().findElements(By.cssSelector("a[href='/procurement/toolkit/clauses.docx']"))).hasSize(1);

        browser.clickThrough("nav.languages a[lang='ar']");
        browser.waitFor(ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "rtl"));
        assertThat(browser.find("h1").getText()).isEqualTo("أدوات الشراء");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
