package org.custodes.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.custodes.certification.application.DocumentKind;
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
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 4's key journey in a real browser: an accepted body's auditor enters a member's certificate, the company
 * applies with its documents, the secretariat decides CERTIFIED, and the public directory and the verification page
 * then show a certified member holding that certificate.
 */
@IntegrationTest
class CertificationBrowserIntegrationTests {

    @RegisterExtension
    final Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identity;
    @Autowired
    OrganisationService organisations;
    @Autowired
    MembershipService membership;
    @Autowired
    CertificationService certification;
    @Autowired
    Clock clock;

    @TempDir
    Path files;

    @Test
    void anAuditorsCertificateAndTheSecretariatsDecisionMakeTheCompanyACertifiedMemberInTheDirectory() throws Exception {
        var company = MembershipFixtures.admittedCompany(membership, organisations, clock);
        var legalName = organisations.get(company).legalName();
        var body = organisations.findByLegalName(DemoCertification.NORDIC).orElseThrow().id();
        var auditor = TestAccounts.create(identity, body, Role.CERTIFICATION_BODY_AUDITOR, Language.EN);
        var applicant = TestAccounts.create(identity, company, Role.COMPANY_REPRESENTATIVE, Language.EN);
        var officer = TestAccounts.create(identity, organisations, Role.SECRETARIAT_OFFICER, Language.EN);
        var number = "NAR-PSC1-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

        BrowserSignIn.withPassword(browser, url(""), auditor.email(), TestAccounts.PASSWORD);
        browser.open(url("/certification/certificates/new"));
        browser.type("#certificateNumber", number);
        new Select(browser.find("#standard")).selectByValue("PSC1-2012");
        assertThat(browser.driver().findElements(By.id("certificationBody"))).as("an auditor enters for their own body").isEmpty();
        browser.type("#companyName", legalName);
        browser.find("input[name=services][value=STATIC_GUARDING]").click();
        browser.type("#countries", "KE;UG");
        browser.type("#sites", "Nairobi head office");
        browser.setDate("#currentIssueDate", LocalDate.now(clock).minusMonths(1));
        browser.clickThrough("form[action='/certification/certificates'] button[type=submit]");
        assertThat(browser.driver().getCurrentUrl()).matches(".*/certification/certificates/[0-9a-f-]{36}$");
        assertThat(browser.find("section").getText()).contains(number, legalName);

        BrowserSignIn.withPassword(browser, url(""), applicant.email(), TestAccounts.PASSWORD);
        browser.open(url("/certification/applications/new"));
        new Select(browser.find("#certificate")).selectByVisibleText(number + " — PSC1-2012 (" + DemoCertification.NORDIC + ")");
        browser.type("#contactEmail", "compliance@" + UUID.randomUUID() + ".example");
        browser.clickThrough("form[action='/certification/applications'] button[type=submit]");
        var application = browser.driver().getCurrentUrl().replaceAll(".*/certification/applications/([0-9a-f-]{36})$", "$1");
        assertThat(application).hasSize(36);
        upload(DocumentKind.CERTIFICATE, null, "certificate.pdf");
        upload(DocumentKind.AUDIT_REPORT, null, "audit-report.pdf");
        upload(DocumentKind.CORRECTIVE_ACTION_PLAN, null, "corrective-action-plan.pdf");
        upload(DocumentKind.RISK_ASSESSMENT_MODEL, null, "risk-assessment.pdf");
        var annexB = browser.driver().findElements(By.xpath("//h2[normalize-space()='Annex B items of the standard']/following-sibling::ol[1]/li")).size();
        assertThat(annexB).isPositive();
        for (int item = 1; item <= annexB; item++) {
            upload(DocumentKind.ANNEX_B_ITEM, item, "annex-b-" + item + ".pdf");
        }
        browser.clickThrough("form[action$='/submission'] button[type=submit]");
        assertThat(browser.find("dl.facts .badge").getText()).isEqualTo("Awaiting review");

        BrowserSignIn.enrollingAuthenticator(browser, url(""), officer.email(), TestAccounts.PASSWORD);
        browser.open(url("/certification/applications/" + application));
        assertThat(browser.driver().findElements(By.xpath("//table//span[@class='badge'][normalize-space()='Failed']"))).isEmpty();
        for (var check : browser.driver().findElements(By.cssSelector("input[name=confirmedChecks]"))) {
            check.click();
        }
        browser.find("input[name=decision][value=CERTIFIED]").click();
        var reference = "SEC-CERT-" + UUID.randomUUID().toString().substring(0, 8);
        browser.type("#decisionReference", reference);
        browser.type("#reasons", "Recognised standard, accepted body, complete Annex B.");
        browser.clickThrough("form[action$='/decision'] button[type=submit]");
        assertThat(browser.find("dl.facts .badge").getText()).isEqualTo("Certified");
        assertThat(browser.find("dl.facts").getText()).contains(reference);

        browser.forgetSession();
        browser.open(url("/directory/companies/" + company.value()));
        browser.reloadUntilShown(By.cssSelector("dl.facts .badge.standing-CERTIFIED_MEMBER"));
        assertThat(browser.find("dl.facts .badge.standing").getText()).isEqualTo("Certified member");
        assertThat(browser.find("table").getText()).contains(number, DemoCertification.NORDIC);

        browser.open(url("/verify/" + company.value()));
        assertThat(browser.find("dl.facts").getText()).contains(legalName, "Certified member");
        assertThat(browser.find("#certificates").getText()).contains(number, DemoCertification.NORDIC);
    }

    /** Uploads one small PDF of the kind (and Annex B item) to the open application and expects it listed. */
    private void upload(DocumentKind kind, @Nullable Integer annexBItem, String fileName) throws Exception {
        var file = files.resolve(fileName);
        Files.write(file, CertificationIntegrationTests.PDF);
        new Select(browser.find("#kind")).selectByValue(kind.name());
        if (annexBItem != null) {
            browser.type("#annexBItem", annexBItem.toString());
        }
        browser.find("#file").sendKeys(file.toAbsolutePath().toString());
        browser.clickThrough("form[enctype='multipart/form-data'] button[type=submit]");
        assertThat(browser.find("div.alert.success").getText()).isEqualTo("Saved.");
        assertThat(browser.driver().findElements(By.linkText(fileName))).hasSize(1);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
