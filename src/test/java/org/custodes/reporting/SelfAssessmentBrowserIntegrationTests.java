package org.custodes.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodes.organisation.OrganisationFixtures.company;
import static org.custodes.organisation.OrganisationFixtures.signedIn;
import static org.custodes.organisation.OrganisationFixtures.unique;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.custodes.framework.FrameworkService;
import org.custodes.framework.LibraryFormat;
import org.custodes.identity.IdentityService;
import org.custodes.identity.Role;
import org.custodes.identity.TestAccounts;
import org.custodes.organisation.OrganisationService;
import org.custodes.reporting.campaign.OpenCampaign;
import org.custodes.reporting.questionnaire.ItemView;
import org.custodes.shared.Language;
import org.custodes.shared.OrganisationId;
import org.custodes.support.Browser;
import org.custodes.support.BrowserSignIn;
import org.custodes.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The self-assessment's key journey in a real browser: a company answers items on a section page, finds them kept
 * after signing in again, fills the rest in the downloaded spreadsheet and uploads it, and submits; a secretariat
 * officer then asks for clarification of one item, and only that item opens again for the company.
 */
@IntegrationTest
class SelfAssessmentBrowserIntegrationTests {

    @RegisterExtension
    final Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    ReportingService reporting;
    @Autowired
    FrameworkService framework;
    @Autowired
    OrganisationService organisations;
    @Autowired
    IdentityService identity;

    @TempDir
    Path files;

    final Authentication secretariat = signedIn(new OrganisationId(UUID.randomUUID()), "organisation:read",
            "organisation:manage", "framework:read", "framework:manage", "reporting:read", "reporting:review",
            "reporting:manage");

    @Test
    void aCompanyFillsOnThePageAndOfflineSubmitsAndTheSecretariatReopensOneItem() throws Exception {
        var title = "CSA browser " + UUID.randomUUID().toString().substring(0, 8);
        var company = as(secretariat, () -> organisations.register(company(unique("Sentinel Guarding"), "KE")));
        var report = as(secretariat, () -> {
            var library = framework.importLibrary(ReportingIntegrationTests.LIBRARY.getBytes(), LibraryFormat.JSON).id();
            var campaign = reporting.openCampaign(new OpenCampaign(2026, title, LocalDate.now().minusDays(10),
                    LocalDate.now().plusDays(20), 5, library, Set.of(company)));
            return reporting.campaignStatus(campaign).participants().getFirst().report();
        });
        var representative = TestAccounts.create(identity, company, Role.COMPANY_REPRESENTATIVE, Language.EN);
        var officer = TestAccounts.create(identity, organisations, Role.SECRETARIAT_OFFICER, Language.EN);
        var reportUrl = url("/reporting/reports/" + report);

        // 1. Two answers on the section page; with P-1 = NO the conditional P-2 and P-3 no longer apply.
        BrowserSignIn.withPassword(browser, url(""), representative.email(), TestAccounts.PASSWORD);
        browser.open(url("/reporting"));
        browser.clickThrough("a[href='/reporting/reports/" + report + "']");
        assertThat(browser.find("h1").getText()).contains(title);
        browser.clickThrough("a[href='/reporting/reports/" + report + "/sections/S1']");
        browser.find("#P-1-NO").click();
        browser.clickThrough("#item-P-1 form.answer button[type=submit]");
        assertThat(browser.find("div.alert.success").getText()).isEqualTo("Answer P-1 saved.");
        browser.type("#value-P-4", "80");
        browser.clickThrough("#item-P-4 form.answer button[type=submit]");
        assertThat(browser.find("div.alert.success").getText()).isEqualTo("Answer P-4 saved.");

        browser.forgetSession();
        BrowserSignIn.withPassword(browser, url(""), representative.email(), TestAccounts.PASSWORD);
        browser.open(reportUrl);
        assertThat(browser.find("dl.facts").getText()).contains("Being filled", "2 of 3 required answers");
        browser.open(reportUrl + "/sections/S1");
        assertThat(browser.find("#P-1-NO").isSelected()).isTrue();
        assertThat(browser.find("#value-P-4").getDomProperty("value")).isEqualTo("80");

        // 2. The rest offline: download with the browser's session, fill N-1, upload through the page.
        var cookies = browser.driver().manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue()).collect(Collectors.joining("; "));
        HttpResponse<byte[]> download;
        try (var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            download = http.send(HttpRequest.newBuilder(URI.create(reportUrl + "/questionnaire.xlsx"))
                    .header("Cookie", cookies).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }
        assertThat(download.statusCode()).isEqualTo(200);
        var filled = files.resolve("questionnaire.xlsx");
        Files.write(filled, answer(download.body(), "N-1", "2"));
        browser.open(reportUrl);
        browser.find("#questionnaire-file").sendKeys(filled.toAbsolutePath().toString());
        browser.clickThrough("form[action$='/questionnaire'] button[type=submit]");
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(reportUrl);
        assertThat(browser.find("div.alert.success").getText()).endsWith("answer(s) saved from the spreadsheet.");
        assertThat(browser.find("dl.facts").getText()).contains("3 of 3 required answers (100 %)");

        // 3. Submission.
        browser.clickThrough("form[action$='/submission'] button[type=submit]");
        assertThat(browser.find("div.alert.success").getText()).isEqualTo("Your self-assessment was submitted and is now locked.");
        assertThat(browser.find("dl.facts .badge").getText()).isEqualTo("Submitted");

        // 4. The officer reopens N-1 alone.
        BrowserSignIn.enrollingAuthenticator(browser, url(""), officer.email(), TestAccounts.PASSWORD);
        browser.open(reportUrl + "/review?section=S2");
        browser.find("#reopen-N-1").click();
        browser.type("#note", "Please list the incidents.");
        browser.clickThrough("button[form=clarification]");
        assertThat(browser.find("div.alert.success").getText()).isEqualTo("Clarification requested; the company has been told.");

        var details = as(signedIn(company, "reporting:fill", "framework:read", "organisation:read-own"),
                () -> reporting.report(report));
        assertThat(details.report().status()).isEqualTo(ReportStatus.CLARIFICATION_REQUESTED);
        assertThat(details.sections().stream().flatMap(s -> s.items().stream()).filter(ItemView::editable)
                .map(ItemView::code)).containsExactly("N-1");

        BrowserSignIn.withPassword(browser, url(""), representative.email(), TestAccounts.PASSWORD);
        browser.open(reportUrl);
        assertThat(browser.find("dl.facts .badge").getText()).isEqualTo("Clarification requested");
        browser.open(reportUrl + "/sections/S1");
        assertThat(browser.driver().findElements(By.cssSelector("form.answer"))).isEmpty();
        browser.open(reportUrl + "/sections/S2");
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("value-N-1")));
        assertThat(browser.driver().findElements(By.cssSelector("form.answer"))).hasSize(1);
        assertThat(browser.find("#item-N-1").getText()).contains("Reopened for clarification");
    }

    /** The downloaded workbook with one answer written into column G of its row on sheet "Answers". */
    private static byte[] answer(byte[] workbook, String code, String value) throws Exception {
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(workbook)); var out = new ByteArrayOutputStream()) {
            var written = 0;
            for (var row : book.getSheet("Answers")) {
                if (row.getCell(0) != null && code.equals(row.getCell(0).getStringCellValue())) {
                    var cell = row.getCell(6) == null ? row.createCell(6) : row.getCell(6);
                    cell.setCellValue(value);
                    written++;
                }
            }
            assertThat(written).as("rows for " + code).isEqualTo(1);
            book.write(out);
            return out.toByteArray();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static <T> T as(Authentication authentication, Supplier<T> work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
