package org.custodes.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

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
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 3's key journey in a real browser: a company applies through every step of the form with a policy document,
 * the secretariat reviews and recommends, the Board admits it, and the public directory then lists it as a member.
 */
@IntegrationTest
class MembershipBrowserIntegrationTests {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @RegisterExtension
    final Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identity;
    @Autowired
    OrganisationService organisations;
    @Autowired
    Clock clock;

    @TempDir
    Path files;

    @Test
    void aCompanyAppliesTheSecretariatRecommendsTheBoardAdmitsAndTheDirectoryListsAMember() throws Exception {
        var company = MembershipFixtures.company(organisations);
        var legalName = organisations.get(company).legalName();
        var applicant = TestAccounts.create(identity, company, Role.COMPANY_REPRESENTATIVE, Language.EN);
        var officer = TestAccounts.create(identity, organisations, Role.SECRETARIAT_OFFICER, Language.EN);
        var boardMember = TestAccounts.create(identity, organisations, Role.BOARD_MEMBER, Language.EN);

        var application = apply(applicant.email(), legalName);

        BrowserSignIn.enrollingAuthenticator(browser, url(""), officer.email(), TestAccounts.PASSWORD);
        browser.open(url("/membership/applications/" + application));
        for (var item : browser.driver().findElements(By.cssSelector("input[name=done]"))) {
            item.click();
        }
        browser.clickThrough("form[action$='/checklist'] button[type=submit]");
        assertThat(browser.driver().findElements(By.cssSelector("input[name=done]:not(:checked)"))).isEmpty();
        browser.find("label[for=rec-approve]").click();
        browser.type("#rec-note", "Registration, policies and references verified.");
        browser.clickThrough("form[action$='/recommendation'] button[type=submit]");
        assertThat(browser.find("#application-status").getText()).isEqualTo("Recommended to the Board");

        BrowserSignIn.enrollingAuthenticator(browser, url(""), boardMember.email(), TestAccounts.PASSWORD);
        browser.open(url("/membership/applications/" + application));
        var reference = "BD-" + UUID.randomUUID().toString().substring(0, 8);
        browser.find("label[for=dec-approve]").click();
        browser.type("#reasons", "Meets every requirement of the Code.");
        browser.setDate("#decidedOn", LocalDate.now(clock));
        browser.type("#decisionReference", reference);
        browser.clickThrough("form[action$='/decision'] button[type=submit]");
        assertThat(browser.find("#application-status").getText()).isEqualTo("Approved");
        assertThat(browser.find("section").getText()).contains(reference);

        browser.forgetSession();
        browser.open(url("/directory"));
        browser.type("#q", legalName);
        browser.clickThrough("form.filters button[type=submit]");
        var listed = By.xpath("//ul[@class='listing']//a[normalize-space()='" + legalName + "']");
        browser.reloadUntilShown(listed);
        browser.clickThrough("ul.listing a[href='/directory/companies/" + company.value() + "']");
        assertThat(browser.find("h1").getText()).isEqualTo(legalName);
        assertThat(browser.find("dl.facts .badge.standing").getAttribute("class")).contains("standing-MEMBER");
        assertThat(browser.find("dl.facts .badge.standing").getText()).startsWith("Member");
    }

    /** The company's user signs in, starts an application and fills and submits every step; returns its id. */
    private String apply(String email, String legalName) throws Exception {
        BrowserSignIn.withPassword(browser, url(""), email, TestAccounts.PASSWORD);
        browser.open(url("/membership/mine"));
        browser.clickThrough("form[action='/membership/applications'] button[type=submit]");
        var address = browser.driver().getCurrentUrl();
        assertThat(address).endsWith("/steps/organisation");
        var application = address.replaceAll(".*/membership/applications/([0-9a-f-]{36})/.*", "$1");

        browser.type("#legalName", legalName);
        browser.type("#shortName", "Test Guarding");
        browser.type("#countryOfRegistration", "KE");
        browser.type("#website", "https://guarding.example.org");
        browser.type("#contactName", "Wanjiku Kamau");
        browser.type("#contactEmail", "wanjiku@guarding.example.org");
        next("operations");

        // prefilled from the organisation's register entry, which the applicant may add to
        assertThat(browser.find("input[name=services][value=STATIC_GUARDING]").isSelected()).isTrue();
        browser.find("input[name=services][value=CLOSE_PROTECTION]").click();
        browser.type("#countries", "KE, UG");
        next("legal");

        browser.type("#registrationNumber", "PVT-2026-0042");
        browser.type("#registrationAuthority", "Registrar of Companies, Nairobi");
        browser.type("#ownership", "Founders 100%");
        next("policies");

        var policy = files.resolve("human-rights-policy.pdf");
        Files.write(policy, PDF);
        browser.find("#file").sendKeys(policy.toAbsolutePath().toString());
        browser.clickThrough("form[enctype='multipart/form-data'] button[type=submit]");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/steps/policies?uploaded");
        assertThat(browser.find("section").getText()).contains("human-rights-policy.pdf");
        browser.find("input[name=commitsToCode]").click();
        browser.type("#humanRightsPolicy", "We respect human rights.");
        browser.type("#grievanceMechanism", "Hotline and e-mail, investigated within 30 days.");
        browser.type("#grievanceMechanismLink", "https://guarding.example.org/grievance");
        browser.type("#implementationPlan", "Training, vetting and audits over 18 months.");
        next("references");

        browser.type("#references", "ACME Mining, ops@acme.example");
        next("declaration");

        browser.type("#declarantName", "Wanjiku Kamau");
        browser.type("#declarantTitle", "Managing Director");
        browser.setDate("#declaredOn", LocalDate.now(clock));
        browser.find("input[name=declarationConfirmed]").click();
        browser.clickThrough("button[name=action][value=next]");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/submission");
        assertThat(browser.driver().findElements(By.id("missing-items"))).isEmpty();

        browser.clickThrough("form[action$='/submission'] button[type=submit]");
        assertThat(browser.driver().getCurrentUrl()).endsWith("?submitted");
        assertThat(browser.find("#application-status").getText()).isEqualTo("Submitted, under review");
        assertThat(browser.find("#documents").getText()).contains("human-rights-policy.pdf");
        return application;
    }

    /** Saves the step and continues to the next one, which must open without errors. */
    private void next(String step) {
        browser.clickThrough("button[name=action][value=next]");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/steps/" + step);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
