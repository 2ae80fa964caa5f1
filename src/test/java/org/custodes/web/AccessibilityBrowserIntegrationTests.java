package org.custodes.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

import org.custodes.identity.IdentityService;
import org.custodes.identity.InvitePerson;
import org.custodes.identity.Role;
import org.custodes.identity.TestAccounts;
import org.custodes.membership.application.ApplicationStep;
import org.custodes.organisation.OrganisationService;
import org.custodes.shared.Language;
import org.custodes.shared.OrganisationId;
import org.custodes.support.Browser;
import org.custodes.support.BrowserSignIn;
import org.custodes.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page, in every language, as the person who uses it, checked in a real Chromium: axe-core (WCAG 2.1 A and AA,
 * and axe's best practices), reflow at 320 CSS pixels, and the language and direction of the document. One browser and
 * one sign-in per role keep it fast; all findings are gathered and reported together, with a full-page screenshot of
 * each failing page, under {@code target/accessibility/}. A new page route fails the test until it is added to
 * {@link #pages}.
 */
@IntegrationTest
class AccessibilityBrowserIntegrationTests {

    private static final List<String> LANGUAGES = List.of("en", "fr", "es", "ar");
    private static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");
    private static final String REFLOW_FINDING = "reflow (WCAG 1.4.10)";
    private static final String SIDEWAYS_FINDING = "sideways scrolling on a 360-pixel phone";
    /**
     * The innermost elements that reach past the edges of the viewport: outside data tables for the reflow check
     * (arguments[0] true), anywhere for the phone check, since a table the page itself must scroll for is just as
     * unusable there as a paragraph.
     */
    private static final String REFLOW = """
            const width = document.documentElement.clientWidth;
            const outside = [...document.querySelectorAll('body *')]
                .filter(e => !e.closest(arguments[0] ? 'table, .skip-link' : '.skip-link'))
                .filter(e => { const box = e.getBoundingClientRect();
                               return box.width > 0 && box.height > 0 && (box.right > width + 1 || box.left < -1); });
            return outside.filter(e => !outside.some(other => other !== e && e.contains(other))).slice(0, 5)
                .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className).trim().replace(/ +/g, '.') : '')
                          + ' [' + Math.round(e.getBoundingClientRect().left) + ', ' + Math.round(e.getBoundingClientRect().right) + ']');
            """;
    private static final Path OUTPUT = Path.of("target", "accessibility");
    private static final String PASSWORD = TestAccounts.PASSWORD;
    /** The code that the demo training gives an English-speaking guard of Aegis Shield. */
    private static final String LEARNER_CODE = "DEMOGUARD1";

    /** A resource of the library that the procurement migration seeds. */
    private static final String SEEDED_RESOURCE = "4f6d2a10-5b1e-4c3a-9a51-0c1e7b2a1003";

    /** Routes that answer a file rather than a page: nothing for axe to read. */
    private static final Set<String> FILES = Set.of(
            "/favicon.ico", "/openrosa/formList", "/openrosa/forms/{formId}/form.xml", "/openrosa/forms/{formId}/manifest",
            "/certification/applications/{id}/documents/{document}",
            "/certification/attestations/{company}.pdf",
            "/complaints/cases/{id}/files/{file}",
            "/complaints/follow-up/files/{id}",
            "/directory/companies/{id}/qr.svg",
            "/framework/libraries/{id}/export.{format}",
            "/membership/applications/{id}/documents/{document}",
            "/membership/invoices/{id}/pdf",
            "/monitoring/plans/{id}/evidence/{evidence}",
            "/procurement/toolkit/clauses.docx",
            "/reporting/evidence/{evidence}",
            "/reporting/reports/{id}/questionnaire.xlsx",
            "/training/media/{id}", "/voice/{token}/audio/{target}");

    /** Routes checked along the way rather than visited: the sign-in steps, and a redirect to the sign-in form. */
    private static final Set<String> ON_THE_WAY = Set.of(
            "/sign-in/second-factor", "/sign-in/second-factor/enrolment", "/sign-in/refused");

    @RegisterExtension
    final Browser browser = new Browser();

    @LocalServerPort
    int port;
    private DemoObjects demoObjects;
    /** The quiz attempt the learner opens on signing in (the quiz page needs one of theirs). */
    private static String learnerAttempt;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IdentityService identity;
    @Autowired
    OrganisationService organisations;

    private final List<String> failures = new ArrayList<>();
    private int visits;
    /** The widest page a 360-pixel phone had to scroll sideways for, for the report. */
    private int widestOnPhone;
    private String widestOnPhonePage = "none";

    /** Who looks at a page. Each signs in once, with an account of their own in a demo organisation. */
    enum Visitor {
        ANONYMOUS(null, null), OFFICER(Role.SECRETARIAT_OFFICER, "Custodes Oversight Association"),
        ADMIN(Role.SECRETARIAT_ADMIN, "Custodes Oversight Association"), BOARD(Role.BOARD_MEMBER, "Custodes Oversight Association"),
        COMPANY(Role.COMPANY_REPRESENTATIVE, "Aegis Shield Security Ltd"),
        APPLICANT(Role.COMPANY_REPRESENTATIVE, "Baltic Harbour Security OÜ"),
        AUDITOR(Role.CERTIFICATION_BODY_AUDITOR, "Nordic Assurance Register"), CLIENT(Role.CLIENT, "Global Extractives plc"),
        CSO(Role.CSO_REPRESENTATIVE, "Human Rights Watchpost Kenya"), STATE(Role.STATE_REPRESENTATIVE, "Government of Sierra Leone"),
        OBSERVER(Role.OBSERVER, "Geneva Institute for Security Studies"),
        /** A guard of Aegis Shield, signed in with the demo learner code rather than an account. */
        LEARNER(null, "Aegis Shield Security Ltd");

        final Role role;
        final String organisation;

        Visitor(Role role, String organisation) {
            this.role = role;
            this.organisation = organisation;
        }
    }

    /** A page route, who checks it, the addresses that stand for it (path variables filled) and the status it answers. */
    record Page(String route, Visitor visitor, Function<DemoObjects, List<String>> paths, int status) {

        static Page of(String route, Visitor visitor) {
            return new Page(route, visitor, ids -> List.of(route), 200);
        }

        static Page of(String route, Visitor visitor, Function<DemoObjects, List<String>> paths) {
            return new Page(route, visitor, paths, 200);
        }
    }

    /** The demo objects whose ids fill the path variables. */
    record DemoObjects(UUID aegis, UUID balticApplication, UUID alNoorApplication, UUID complianceCase,
            UUID lastCampaign, UUID draftReport, String firstSection, UUID acceptedReport, UUID reviewedReport,
            UUID nordicBody, String standard, UUID certificationApplication, UUID nordicCertificate, String codeVersion,
            UUID library, UUID aegisCase, UUID sharedAegisCase, String resetToken, String invitationToken,
            UUID openResolution, UUID recentAssembly, UUID course, UUID firstLesson, UUID fieldMission,
            UUID fieldSubmission, UUID observationToTriage, UUID aegisConcern, UUID aegisPlan, UUID returnedFinding,
            UUID reviewMission, UUID surveyRound, UUID surveyVersion, String voiceToken, UUID supportRequest) {
    }

    static List<Page> pages() {
        return List.of(
                Page.of("/", Visitor.ANONYMOUS),
                Page.of("/sign-in", Visitor.ANONYMOUS),
                Page.of("/password-reset", Visitor.ANONYMOUS),
                Page.of("/password-reset/confirm", Visitor.ANONYMOUS,
                        ids -> List.of("/password-reset/confirm?token=" + ids.resetToken())),
                new Page("/password-reset/confirm", Visitor.ANONYMOUS, ids -> List.of("/password-reset/confirm"), 404),
                Page.of("/invitations/accept", Visitor.ANONYMOUS,
                        ids -> List.of("/invitations/accept?token=" + ids.invitationToken())),
                new Page("/error/403", Visitor.ANONYMOUS, ids -> List.of("/error/403"), 403),
                new Page("(no route: the not-found page)", Visitor.ANONYMOUS, ids -> List.of("/no-such-page"), 404),
                Page.of("/directory", Visitor.ANONYMOUS),
                Page.of("/directory/companies/{id}", Visitor.ANONYMOUS, ids -> List.of("/directory/companies/" + ids.aegis())),
                Page.of("/verify/{id}", Visitor.ANONYMOUS, ids -> List.of("/verify/" + ids.aegis())),
                Page.of("/directory/verification-method", Visitor.ANONYMOUS),
                Page.of("/resources", Visitor.ANONYMOUS, ids -> List.of("/resources", "/resources?audience=STATES&language=ar")),
                Page.of("/resources/{id}", Visitor.ANONYMOUS, ids -> List.of("/resources/" + SEEDED_RESOURCE)),
                Page.of("/procurement/toolkit", Visitor.ANONYMOUS,
                        ids -> List.of("/procurement/toolkit", "/procurement/toolkit?company=Aegis")),
                Page.of("/certification/certificates/{id}/public", Visitor.ANONYMOUS,
                        ids -> List.of("/certification/certificates/" + ids.nordicCertificate() + "/public")),
                Page.of("/governance/board", Visitor.ANONYMOUS),
                Page.of("/complaints/new", Visitor.ANONYMOUS),
                Page.of("/complaints/follow-up", Visitor.ANONYMOUS),
                Page.of("/complaints/statistics", Visitor.ANONYMOUS),

                Page.of("/workspace", Visitor.OFFICER),
                Page.of("/account/security", Visitor.OFFICER),
                Page.of("/account/tokens", Visitor.OFFICER),
                Page.of("/organisations", Visitor.OFFICER),
                Page.of("/organisations/new", Visitor.OFFICER),
                Page.of("/organisations/{id}", Visitor.OFFICER, ids -> List.of("/organisations/" + ids.aegis())),
                Page.of("/organisations/{id}/edit", Visitor.OFFICER, ids -> List.of("/organisations/" + ids.aegis() + "/edit")),
                Page.of("/identity/organisations/{organisationId}/users", Visitor.OFFICER,
                        ids -> List.of("/identity/organisations/" + ids.aegis() + "/users")),
                Page.of("/identity/single-sign-on/links", Visitor.ADMIN),
                Page.of("/sign-in/single-sign-on", Visitor.ANONYMOUS, ids -> List.of("/sign-in/single-sign-on?outcome=pending")),
                new Page("/sign-in/single-sign-on", Visitor.ANONYMOUS,
                        ids -> List.of("/sign-in/single-sign-on?outcome=unverified-email"), 403),
                Page.of("/membership/applications", Visitor.OFFICER),
                Page.of("/membership/applications/{id}", Visitor.OFFICER,
                        ids -> List.of("/membership/applications/" + ids.alNoorApplication())),
                Page.of("/membership/members", Visitor.OFFICER),
                Page.of("/membership/members/{organisation}", Visitor.OFFICER, ids -> List.of("/membership/members/" + ids.aegis())),
                Page.of("/membership/cases", Visitor.OFFICER),
                Page.of("/membership/cases/{id}", Visitor.OFFICER, ids -> List.of("/membership/cases/" + ids.complianceCase())),
                Page.of("/complaints/cases", Visitor.OFFICER),
                Page.of("/complaints/cases/{id}", Visitor.OFFICER, ids -> List.of("/complaints/cases/" + ids.aegisCase())),
                Page.of("/complaints/intake", Visitor.OFFICER),
                Page.of("/certification", Visitor.OFFICER),
                Page.of("/certification/bodies", Visitor.OFFICER),
                Page.of("/certification/bodies/new", Visitor.OFFICER),
                Page.of("/certification/bodies/{id}/edit", Visitor.OFFICER,
                        ids -> List.of("/certification/bodies/" + ids.nordicBody() + "/edit")),
                Page.of("/certification/standards", Visitor.OFFICER),
                Page.of("/certification/standards/new", Visitor.OFFICER),
                Page.of("/certification/standards/{code}/edit", Visitor.OFFICER,
                        ids -> List.of("/certification/standards/" + ids.standard() + "/edit")),
                Page.of("/certification/applications/{id}", Visitor.OFFICER,
                        ids -> List.of("/certification/applications/" + ids.certificationApplication())),
                Page.of("/certification/certificates/unmatched", Visitor.OFFICER),
                Page.of("/framework", Visitor.OFFICER),
                Page.of("/framework/versions/new", Visitor.OFFICER),
                Page.of("/framework/versions/{code}", Visitor.OFFICER, ids -> List.of("/framework/versions/" + ids.codeVersion())),
                Page.of("/framework/libraries/{id}", Visitor.OFFICER, ids -> List.of("/framework/libraries/" + ids.library())),
                Page.of("/framework/libraries/import", Visitor.OFFICER),
                Page.of("/reporting/campaigns", Visitor.OFFICER),
                Page.of("/reporting/campaigns/new", Visitor.OFFICER),
                Page.of("/reporting/campaigns/{id}", Visitor.OFFICER, ids -> List.of("/reporting/campaigns/" + ids.lastCampaign())),
                Page.of("/reporting/campaigns/{id}/analytics", Visitor.OFFICER,
                        ids -> List.of("/reporting/campaigns/" + ids.lastCampaign() + "/analytics")),
                Page.of("/reporting/reports/{id}/review", Visitor.OFFICER,
                        ids -> List.of("/reporting/reports/" + ids.reviewedReport() + "/review")),
                Page.of("/governance/resolutions", Visitor.OFFICER),
                Page.of("/governance/resolutions/new", Visitor.OFFICER),
                Page.of("/governance/electorate", Visitor.OFFICER),
                Page.of("/governance/assemblies", Visitor.OFFICER),
                Page.of("/governance/assemblies/new", Visitor.OFFICER),
                Page.of("/governance/assemblies/{id}", Visitor.OFFICER, ids -> List.of("/governance/assemblies/" + ids.recentAssembly())),
                Page.of("/governance/resolutions/{id}", Visitor.OFFICER, ids -> List.of("/governance/resolutions/" + ids.openResolution())),
                Page.of("/audit", Visitor.OFFICER),
                Page.of("/resources/new", Visitor.OFFICER),
                Page.of("/resources/{id}/edit", Visitor.OFFICER, ids -> List.of("/resources/" + SEEDED_RESOURCE + "/edit")),
                Page.of("/notifications/outbox", Visitor.OFFICER),

                Page.of("/complaints/identity-requests", Visitor.ADMIN),

                Page.of("/organisations/mine", Visitor.COMPANY),
                Page.of("/account/security/second-factor", Visitor.COMPANY),
                Page.of("/membership/mine", Visitor.COMPANY),
                Page.of("/certification/applications", Visitor.COMPANY),
                Page.of("/certification/applications/new", Visitor.COMPANY),
                Page.of("/complaints/company-cases", Visitor.COMPANY),
                Page.of("/complaints/company-cases/{id}", Visitor.COMPANY,
                        ids -> List.of("/complaints/company-cases/" + ids.sharedAegisCase())),
                Page.of("/reporting", Visitor.COMPANY),
                Page.of("/reporting/reports/{id}", Visitor.COMPANY, ids -> List.of("/reporting/reports/" + ids.draftReport())),
                Page.of("/reporting/reports/{id}/sections/{section}", Visitor.COMPANY,
                        ids -> List.of("/reporting/reports/" + ids.draftReport() + "/sections/" + ids.firstSection())),
                Page.of("/reporting/reports/{id}/feedback", Visitor.COMPANY,
                        ids -> List.of("/reporting/reports/" + ids.acceptedReport() + "/feedback")),

                Page.of("/membership/mine", Visitor.APPLICANT),
                Page.of("/membership/applications/{id}/steps/{step}", Visitor.APPLICANT, ids -> java.util.Arrays
                        .stream(ApplicationStep.values())
                        .map(step -> "/membership/applications/" + ids.balticApplication() + "/steps/" + step.slug()).toList()),
                Page.of("/membership/applications/{id}/submission", Visitor.APPLICANT,
                        ids -> List.of("/membership/applications/" + ids.balticApplication() + "/submission")),

                Page.of("/certification/certificates", Visitor.AUDITOR),
                Page.of("/certification/certificates/new", Visitor.AUDITOR),
                Page.of("/certification/certificates/import", Visitor.AUDITOR),
                Page.of("/certification/certificates/{id}", Visitor.AUDITOR,
                        ids -> List.of("/certification/certificates/" + ids.nordicCertificate())),
                Page.of("/certification/certificates/{id}/edit", Visitor.AUDITOR,
                        ids -> List.of("/certification/certificates/" + ids.nordicCertificate() + "/edit")),

                Page.of("/training/courses", Visitor.OFFICER),
                Page.of("/training/courses/{id}", Visitor.OFFICER, ids -> List.of("/training/courses/" + ids.course())),
                Page.of("/training/courses/{id}/translations/{language}", Visitor.OFFICER,
                        ids -> List.of("/training/courses/" + ids.course() + "/translations/ar")),
                Page.of("/training/coverage/{organisation}", Visitor.OFFICER,
                        ids -> List.of("/training/coverage/" + ids.aegis())),
                Page.of("/training/personnel", Visitor.COMPANY),
                Page.of("/training/personnel/import", Visitor.COMPANY),
                Page.of("/training/verify", Visitor.ANONYMOUS),
                Page.of("/training/learn", Visitor.ANONYMOUS),
                Page.of("/training/learn/courses", Visitor.LEARNER),
                Page.of("/training/learn/courses/{course}/lessons/{lesson}", Visitor.LEARNER,
                        ids -> List.of("/training/learn/courses/" + ids.course() + "/lessons/" + ids.firstLesson())),
                Page.of("/training/learn/credentials", Visitor.LEARNER),
                Page.of("/training/learn/attempts/{attempt}", Visitor.LEARNER,
                        ids -> List.of("/training/learn/attempts/" + learnerAttempt)),

                Page.of("/fieldvoice/missions", Visitor.OFFICER),
                Page.of("/fieldvoice/missions/{id}", Visitor.OFFICER, ids -> List.of("/fieldvoice/missions/" + ids.fieldMission())),
                Page.of("/fieldvoice/submissions/{id}", Visitor.OFFICER,
                        ids -> List.of("/fieldvoice/submissions/" + ids.fieldSubmission())),

                Page.of("/monitoring/observations", Visitor.CSO),
                Page.of("/monitoring/observations/new", Visitor.CSO),
                Page.of("/monitoring/observations/{id}", Visitor.OFFICER,
                        ids -> List.of("/monitoring/observations/" + ids.observationToTriage())),
                Page.of("/monitoring/concerns", Visitor.OFFICER),
                Page.of("/monitoring/concerns/new", Visitor.OFFICER),
                Page.of("/monitoring/concerns/{id}", Visitor.OFFICER, ids -> List.of("/monitoring/concerns/" + ids.aegisConcern())),
                Page.of("/monitoring/concerns/{id}", Visitor.COMPANY, ids -> List.of("/monitoring/concerns/" + ids.aegisConcern())),
                Page.of("/monitoring/plans", Visitor.OFFICER),
                Page.of("/monitoring/plans", Visitor.COMPANY),
                Page.of("/monitoring/plans/{id}", Visitor.OFFICER, ids -> List.of("/monitoring/plans/" + ids.aegisPlan())),
                Page.of("/monitoring/plans/{id}", Visitor.COMPANY, ids -> List.of("/monitoring/plans/" + ids.aegisPlan())),
                Page.of("/monitoring/findings/{finding}/plan", Visitor.COMPANY,
                        ids -> List.of("/monitoring/findings/" + ids.returnedFinding() + "/plan")),
                Page.of("/fieldvoice/surveys", Visitor.OFFICER),
                Page.of("/fieldvoice/surveys/versions/{version}", Visitor.OFFICER,
                        ids -> List.of("/fieldvoice/surveys/versions/" + ids.surveyVersion())),
                Page.of("/fieldvoice/surveys/rounds/{surveyRound}", Visitor.OFFICER,
                        ids -> List.of("/fieldvoice/surveys/rounds/" + ids.surveyRound())),
                Page.of("/fieldvoice/surveys/rounds/{surveyRound}/free-text", Visitor.OFFICER,
                        ids -> List.of("/fieldvoice/surveys/rounds/" + ids.surveyRound() + "/free-text")),
                Page.of("/fieldvoice/surveys/posters/{voiceToken}", Visitor.OFFICER,
                        ids -> List.of("/fieldvoice/surveys/posters/" + ids.voiceToken())),
                Page.of("/fieldvoice/surveys/rounds/{surveyRound}/company", Visitor.COMPANY,
                        ids -> List.of("/fieldvoice/surveys/rounds/" + ids.surveyRound() + "/company")),
                Page.of("/voice/{token}", Visitor.ANONYMOUS, ids -> List.of("/voice/" + ids.voiceToken())),
                Page.of("/voice/{token}/thanks", Visitor.ANONYMOUS, ids -> List.of("/voice/" + ids.voiceToken() + "/thanks")),
                Page.of("/monitoring/missions", Visitor.OFFICER),
                Page.of("/monitoring/missions", Visitor.CSO),
                Page.of("/monitoring/missions/new", Visitor.OFFICER),
                Page.of("/monitoring/missions/{id}", Visitor.OFFICER, ids -> List.of("/monitoring/missions/" + ids.reviewMission())),
                Page.of("/monitoring/missions/{id}", Visitor.CSO, ids -> List.of("/monitoring/missions/" + ids.reviewMission())),
                Page.of("/monitoring/missions/{id}/interviews/new", Visitor.OFFICER,
                        ids -> List.of("/monitoring/missions/" + ids.reviewMission() + "/interviews/new")),

                Page.of("/helpdesk/requests", Visitor.COMPANY),
                Page.of("/helpdesk/requests/new", Visitor.COMPANY),
                Page.of("/helpdesk/requests/{id}", Visitor.COMPANY, ids -> List.of("/helpdesk/requests/" + ids.supportRequest())),
                Page.of("/helpdesk/requests/{id}", Visitor.OFFICER, ids -> List.of("/helpdesk/requests/" + ids.supportRequest())),
                Page.of("/helpdesk/queue", Visitor.OFFICER),

                Page.of("/directory/watchlist", Visitor.CLIENT),
                Page.of("/directory/webhooks", Visitor.CLIENT),

                Page.of("/oversight/ranking", Visitor.OFFICER),
                Page.of("/oversight/ranking/{id}", Visitor.OFFICER, ids -> List.of("/oversight/ranking/" + ids.aegis())),
                Page.of("/oversight/country-risks", Visitor.OFFICER));
    }

    @Test
    void everyPageMeetsWcag21AaInEveryLanguageForThePeopleWhoUseIt() throws Exception {
        var started = Instant.now();
        forgetTheLastRun();
        assertThat(unlistedPageRoutes()).as("page routes missing from the accessibility test's page list (add them to pages())")
                .isEmpty();
        var ids = demoObjects();
        demoObjects = ids;
        cdp("Page.addScriptToEvaluateOnNewDocument", Map.of("source", axeSource()));
        theChecksFindWhatTheyLookFor();

        var byVisitor = new EnumMap<Visitor, List<Page>>(Visitor.class);
        pages().forEach(page -> byVisitor.computeIfAbsent(page.visitor(), visitor -> new ArrayList<>()).add(page));
        for (var visitor : Visitor.values()) {
            signIn(visitor);
            for (var page : byVisitor.getOrDefault(visitor, List.of())) {
                for (var path : page.paths().apply(ids)) {
                    for (var language : LANGUAGES) {
                        visit(path, visitor, language, page.status());
                    }
                }
            }
            if (visitor == Visitor.ANONYMOUS) {
                checkFormsInTheirOtherStates();
            } else if (visitor != Visitor.LEARNER // a guard has no account, so no workspace: the course list is theirs
                    && byVisitor.getOrDefault(visitor, List.of()).stream().noneMatch(page -> page.route().equals("/workspace"))) {
                for (var language : LANGUAGES) {
                    visit("/workspace", visitor, language, 200);
                }
            }
        }

        var summary = ("%d page visits: %d addresses of %d routes, %d roles, %d languages, in %d s; widest page on a "
                + "360-pixel phone: %d CSS pixels (%s)").formatted(visits,
                pages().stream().mapToLong(page -> page.paths().apply(ids).size()).sum(),
                pages().stream().map(Page::route).distinct().count(), Visitor.values().length, LANGUAGES.size(),
                Duration.between(started, Instant.now()).toSeconds(), Math.max(widestOnPhone, 360), widestOnPhonePage);
        Files.createDirectories(OUTPUT);
        Files.writeString(OUTPUT.resolve("report.txt"), summary + "\n\n" + String.join("\n", failures) + "\n");
        assertThat(failures).as("accessibility findings (" + summary + "); screenshots in " + OUTPUT).isEmpty();
    }

    private static void forgetTheLastRun() throws IOException {
        if (Files.isDirectory(OUTPUT)) {
            try (var files = Files.list(OUTPUT)) {
                for (var file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    /** A page spoiled on purpose must fail both checks, or a green run would prove nothing. */
    private void theChecksFindWhatTheyLookFor() {
        browser.open(url("/?lang=en"));
        ((JavascriptExecutor) browser.driver()).executeScript("""
                const main = document.querySelector('main');
                main.insertAdjacentHTML('beforeend', '<img src="/spoiled.png"><p id="spoiled">too wide</p>');
                document.getElementById('spoiled').style.inlineSize = '2000px';
                """);
        var findings = findings();
        assertThat(findings).as("axe and the reflow check on a spoiled page")
                .anySatisfy(finding -> assertThat(finding).contains("image-alt"))
                .anySatisfy(finding -> assertThat(finding).contains(REFLOW_FINDING))
                .anySatisfy(finding -> assertThat(finding).contains(SIDEWAYS_FINDING));
        widestOnPhone = 0;
    }

    /** Every GET route of ours that is neither JSON nor a file must be in the page list. */
    private Set<String> unlistedPageRoutes() {
        var listed = new TreeSet<String>();
        pages().forEach(page -> listed.add(page.route()));
        var unlisted = new TreeSet<String>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            var methods = info.getMethodsCondition().getMethods();
            if (!handler.getBeanType().getName().startsWith("org.custodes.")
                    || !(methods.isEmpty() || methods.contains(RequestMethod.GET))) {
                return;
            }
            for (var route : info.getPatternValues()) {
                if (!route.startsWith("/api/") && !FILES.contains(route) && !ON_THE_WAY.contains(route)
                        && !listed.contains(route)) {
                    unlisted.add(route + " (" + handler.getBeanType().getSimpleName() + ")");
                }
            }
        });
        return unlisted;
    }

    private void signIn(Visitor visitor) throws Exception {
        browser.forgetSession();
        if (visitor == Visitor.ANONYMOUS) {
            return;
        }
        if (visitor == Visitor.LEARNER) {
            learnerSignIn();
            return;
        }
        var organisation = organisations.findByLegalName(visitor.organisation).orElseThrow().id();
        var account = TestAccounts.create(identity, organisation, visitor.role, Language.EN);
        if (!Role.SECOND_FACTOR_REQUIRED.contains(visitor.role)) {
            BrowserSignIn.withPassword(browser, url(""), account.email(), PASSWORD);
            return;
        }
        // The sign-in steps of a second factor are pages too: the enrolment in every language, then the recovery
        // codes in the language it ended with (a different one per role), and for the board member the code form.
        var last = switch (visitor) {
            case OFFICER -> "en";
            case ADMIN -> "ar";
            default -> "fr";
        };
        passwordStep(account.email());
        browser.waitFor(ExpectedConditions.urlContains("/sign-in/second-factor/enrolment"));
        for (var language : LANGUAGES) {
            if (!language.equals(last)) {
                visit("/sign-in/second-factor/enrolment", visitor, language, 200);
            }
        }
        visit("/sign-in/second-factor/enrolment", visitor, last, 200);
        browser.type("#code", BrowserSignIn.authenticatorCode(BrowserSignIn.secretShown(browser)));
        browser.clickThrough("form.stacked button[type=submit]");
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("recovery-codes")));
        check("recovery codes (after enrolment)", visitor, last, 200);
        var recoveryCode = browser.find("#recovery-codes li").getText().strip();
        if (visitor == Visitor.BOARD) {
            browser.forgetSession();
            passwordStep(account.email());
            browser.waitFor(ExpectedConditions.urlContains("/sign-in/second-factor"));
            for (var language : LANGUAGES) {
                visit("/sign-in/second-factor", visitor, language, 200);
            }
            browser.type("#code", recoveryCode);
            browser.clickThrough("form.stacked button[type=submit]");
            browser.waitFor(ExpectedConditions.urlContains("/account/security"));
            // signing in switches to the account's own language
            check("/account/security after a recovery code", visitor, "en", 200);
        }
    }

    private void passwordStep(String email) {
        browser.open(url("/sign-in"));
        browser.type("#email", email);
        browser.type("#password", PASSWORD);
        browser.clickThrough("form.stacked button[type=submit]");
    }

    /**
     * Forms in the states a GET does not show, in every language: the sign-in refused, and each step of the complaint
     * form, sent empty first where it has required fields. One complaint is then sent (the intake allows few per
     * client), to check its receipt and the complainant's follow-up page.
     */
    private void checkFormsInTheirOtherStates() {
        for (var language : LANGUAGES) {
            browser.open(url("/sign-in?lang=" + language));
            browser.type("#email", "nobody-" + UUID.randomUUID() + "@test.custodes.example");
            browser.type("#password", "not-the-password");
            browser.clickThrough("form.stacked button[type=submit]");
            check("/sign-in refused", Visitor.ANONYMOUS, language, 401);

            browser.open(url("/complaints/new?lang=" + language));
            next("/complaints/new step 1 sent empty", language, 422);
            browser.find("input[name=role][value=WITNESS]").click();
            browser.find("input[name=contact][value=ANONYMOUS]").click();
            next("/complaints/new step 2", language, 200);
            browser.type("#companyQuery", "Aegis");
            browser.clickThrough("button[value=search]");
            check("/complaints/new step 2 with companies found", Visitor.ANONYMOUS, language, 200);
            browser.find("label[for=company-0]").click();
            next("/complaints/new step 3", language, 200);
            next("/complaints/new step 3 sent empty", language, 422);
            new Select(browser.find("#category")).selectByValue("USE_OF_FORCE");
            browser.type("#description", "Guards fired at a crowd near the mine gate.");
            next("/complaints/new step 4", language, 200);
            next("/complaints/new step 5", language, 200);
        }
        var language = LANGUAGES.getLast();
        browser.clickThrough("button[value=send]");
        check("/complaints/new receipt", Visitor.ANONYMOUS, language, 200);
        var receipt = browser.find(".receipt").getText();
        browser.open(url("/complaints/follow-up"));
        browser.type("#receipt", receipt);
        browser.clickThrough("form.stacked button[type=submit]");
        for (var followUpLanguage : LANGUAGES) {
            visit("/complaints/follow-up (signed in with the receipt)", "/complaints/follow-up", Visitor.ANONYMOUS,
                    followUpLanguage, 200);
        }
    }

    private void next(String state, String language, int status) {
        browser.clickThrough("button[value=next]");
        check(state, Visitor.ANONYMOUS, language, status);
    }

    /**
     * Signs in as the demo guard with the learner code, reads the PSEA course lesson by lesson and opens its quiz,
     * so that the quiz page has an attempt of this guard's to show.
     */
    private void learnerSignIn() {
        browser.open(url("/training/learn?lang=en"));
        browser.type("#code", LEARNER_CODE);
        browser.clickThrough("form.stacked button[type=submit]");
        browser.waitFor(ExpectedConditions.urlContains("/training/learn/courses"));
        var ids = demoObjects;
        browser.open(url("/training/learn/courses/" + ids.course() + "/lessons/" + ids.firstLesson()));
        while (browser.driver().findElements(By.cssSelector("form[action*='/attempts'] button")).isEmpty()) {
            browser.clickThrough("a.button[href*='/lessons/']");
        }
        browser.clickThrough("form[action*='/attempts'] button");
        browser.waitFor(ExpectedConditions.urlContains("/training/learn/attempts/"));
        learnerAttempt = pathOf(browser.driver().getCurrentUrl()).replaceAll(".*/", "");
    }

    private void visit(String path, Visitor visitor, String language, int status) {
        visit(path, path, visitor, language, status);
    }

    private void visit(String page, String path, Visitor visitor, String language, int status) {
        browser.open(url(path + (path.contains("?") ? "&" : "?") + "lang=" + language));
        var landed = pathOf(browser.driver().getCurrentUrl());
        if (!landed.equals(path.replaceAll("\\?.*", ""))) {
            failures.add(label(page, visitor, language) + ": redirected to " + landed + ", the page was not checked");
            return;
        }
        check(page, visitor, language, status);
    }

    private static String pathOf(String url) {
        return java.net.URI.create(url).getPath();
    }

    /** Checks the page the browser shows and records what is wrong with it, with a screenshot. */
    private void check(String page, Visitor visitor, String language, int expectedStatus) {
        visits++;
        var problems = new ArrayList<String>();
        var document = document();
        var status = ((Number) document.get("status")).intValue();
        if (expectedStatus != 0 && status != expectedStatus) {
            problems.add("  status " + status + ", expected " + expectedStatus);
        }
        var dir = "ar".equals(language) ? "rtl" : "ltr";
        if (!language.equals(document.get("lang")) || !dir.equals(document.get("dir"))) {
            problems.add("  <html lang=\"%s\" dir=\"%s\">, expected lang=\"%s\" dir=\"%s\"".formatted(
                    document.get("lang"), document.get("dir"), language, dir));
        }
        problems.addAll(findings());
        if (!problems.isEmpty()) {
            var label = label(page, visitor, language);
            failures.add(label + "\n" + String.join("\n", problems));
            screenshot(label, problems.stream().anyMatch(problem -> problem.contains(REFLOW_FINDING) || problem.contains(SIDEWAYS_FINDING)));
        }
    }

    private Map<String, Object> document() {
        @SuppressWarnings("unchecked")
        var document = (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeScript("""
                const navigation = performance.getEntriesByType('navigation')[0];
                const html = document.documentElement;
                return { status: navigation ? navigation.responseStatus : 0, lang: html.lang, dir: html.dir };
                """);
        return document;
    }

    /**
     * What axe finds (WCAG 2.1 A and AA, axe's best practices, and WCAG 2.1's 4.1.1 duplicate ids and table cells
     * without headers, which axe leaves off by default), then whether the page reflows at 320 CSS pixels (WCAG 1.4.10,
     * which axe cannot judge): nothing but a data table, which that criterion exempts, may reach past the edges.
     */
    @SuppressWarnings("unchecked")
    private List<String> findings() {
        var js = (JavascriptExecutor) browser.driver();
        var findings = new ArrayList<String>();
        var violations = (List<Map<String, Object>>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const extra = { 'duplicate-id': { enabled: true }, 'duplicate-id-active': { enabled: true },
                                'td-has-header': { enabled: true } };
                axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, rules: extra, resultTypes: ['violations'] })
                    .then(results => done(results.violations.map(v => ({
                        id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')) }))))
                    .catch(error => done([{ id: 'axe-error', impact: 'critical', help: String(error), nodes: [] }]));
                """, AXE_TAGS);
        for (var violation : violations) {
            findings.add("  %s (%s): %s\n      %s".formatted(violation.get("id"), violation.get("impact"),
                    violation.get("help"), String.join("\n      ", (List<String>) violation.get("nodes"))));
        }
        narrow();
        try {
            var overflowing = (List<String>) js.executeScript(REFLOW, true);
            if (!overflowing.isEmpty()) {
                findings.add("  " + REFLOW_FINDING + ": wider than 320 CSS pixels\n      " + String.join("\n      ", overflowing));
            }
            phone();
            var width = ((Number) js.executeScript("return document.documentElement.scrollWidth")).intValue();
            if (width > 360) {
                if (width > widestOnPhone) {
                    widestOnPhone = width;
                    widestOnPhonePage = (String) js.executeScript("return location.pathname + location.search");
                }
                findings.add("  %s: the page is %d CSS pixels wide\n      %s".formatted(SIDEWAYS_FINDING, width,
                        String.join("\n      ", (List<String>) js.executeScript(REFLOW, false))));
            }
        } finally {
            cdp("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        return findings;
    }

    /** A phone's screen: 360 CSS pixels wide, with the page's viewport settings honoured as a phone honours them. */
    private void phone() {
        cdp("Emulation.setDeviceMetricsOverride", Map.of("width", 360, "height", 780, "deviceScaleFactor", 2, "mobile", true));
    }

    /** A viewport 320 CSS pixels wide, as a 1280-pixel window zoomed to 400 %. */
    private void narrow() {
        cdp("Emulation.setDeviceMetricsOverride", Map.of("width", 320, "height", 800, "deviceScaleFactor", 1, "mobile", false));
    }

    private static String label(String page, Visitor visitor, String language) {
        return page + " as " + visitor.name().toLowerCase() + " in " + language;
    }

    /** A full-page screenshot, narrow when the page failed to reflow, so that it shows what is wrong. */
    private void screenshot(String label, boolean narrow) {
        try {
            Files.createDirectories(OUTPUT);
            if (narrow) {
                narrow();
            }
            var shot = cdp("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
            if (narrow) {
                cdp("Emulation.clearDeviceMetricsOverride", Map.of());
            }
            var name = label.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "") + ".png";
            Files.write(OUTPUT.resolve(name), Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Object> cdp(String command, Map<String, Object> parameters) {
        return ((ChromeDriver) browser.driver()).executeCdpCommand(command, parameters);
    }

    private static String axeSource() throws IOException {
        // axe-core's own build, as Deque ships it inside its Selenium integration (test scope, no transitive jars).
        try (InputStream in = AccessibilityBrowserIntegrationTests.class.getResourceAsStream("/axe.min.js")) {
            return new String(Objects.requireNonNull(in, "axe.min.js on the test classpath").readAllBytes(),
                    StandardCharsets.UTF_8);
        }
    }

    private DemoObjects demoObjects() {
        var aegis = organisation("Aegis Shield Security Ltd");
        var baltic = organisation("Baltic Harbour Security OÜ");
        var alNoor = organisation("Al-Noor Security Services LLC");
        var nordic = organisation("Nordic Assurance Register");
        var lastCampaign = uuid("select id from reporting.campaign order by year desc offset 1 limit 1");
        var psea = uuid("select course_id from training.course where code = 'PSEA'");
        return new DemoObjects(aegis,
                uuid("select id from membership.application where organisation_id = ? and status = 'DRAFT'", baltic),
                uuid("select id from membership.application where organisation_id = ? limit 1", alNoor),
                uuid("select id from membership.compliance_case order by opened_on limit 1"),
                lastCampaign,
                uuid("select r.id from reporting.report r join reporting.campaign c on c.id = r.campaign_id "
                        + "where r.organisation_id = ? and r.status = 'DRAFT' order by c.year desc limit 1", aegis),
                jdbc.sql("select code from framework.questionnaire_section order by position limit 1").query(String.class).single(),
                uuid("select id from reporting.report where organisation_id = ? and status = 'ACCEPTED' limit 1", aegis),
                uuid("select id from reporting.report where campaign_id = ? and status <> 'DRAFT' order by status = 'SUBMITTED' desc limit 1",
                        lastCampaign),
                nordic,
                jdbc.sql("select code from certification.standard order by code limit 1").query(String.class).single(),
                uuid("select id from certification.application order by status limit 1"),
                uuid("select id from certification.certificate where body_id = ? and company_id is not null limit 1", nordic),
                jdbc.sql("select code from framework.code_version order by year desc limit 1").query(String.class).single(),
                uuid("select id from framework.library_version order by number desc limit 1"),
                uuid("select id from complaint.complaint_case where company_id = ? order by received_on limit 1", aegis),
                uuid("select id from complaint.complaint_case where company_id = ? and excerpt_shared limit 1", aegis),
                passwordResetToken(), invitationToken(aegis),
                uuid("select id from governance.resolution order by status = 'OPEN' desc, drafted_at limit 1"),
                uuid("select id from governance.assembly where minutes is not null order by plenary_at desc limit 1"),
                psea,
                uuid("select l.lesson_id from training.lesson l join training.course_module m using (course_id, course_version, module_id) "
                        + "where l.course_id = ? and l.course_version = 1 order by m.position, l.position limit 1", psea),
                uuid("select id from fieldvoice.mission where status = 'OPEN' order by opened_at limit 1"),
                uuid("select id from fieldvoice.submission order by received_at limit 1"),
                uuid("select id from monitoring.observation where status = 'NEW' and source_type = 'CIVIL_SOCIETY_FIELD' "
                        + "order by reference limit 1"),
                uuid("select id from monitoring.concern where company_id = ? and stage = 'DIALOGUE' limit 1", aegis),
                uuid("select id from monitoring.action_plan where company_id = ? and status = 'IN_PROGRESS' limit 1", aegis),
                uuid("select finding_id from monitoring.action_plan where company_id = ? and status = 'RETURNED' limit 1",
                        aegis),
                uuid("select id from monitoring.mission where status = 'PLANNED' order by reference limit 1"),
                uuid("select id from fieldvoice.survey_round where status = 'OPEN' order by opens_at limit 1"),
                uuid("select version_id from fieldvoice.survey_round where status = 'OPEN' order by opens_at limit 1"),
                jdbc.sql("""
                        select p.token from fieldvoice.distribution_point p join fieldvoice.survey_round r on r.id = p.round_id
                        where r.status = 'OPEN' and p.company_id = ? order by r.opens_at limit 1""")
                        .param(aegis).query(String.class).single(),
                uuid("select id from helpdesk.support_request where organisation_id = ? and status = 'ANSWERED' "
                        + "order by asked_at limit 1", aegis));
    }

    private UUID organisation(String legalName) {
        return organisations.findByLegalName(legalName).orElseThrow().id().value();
    }

    private UUID uuid(String sql, Object... parameters) {
        var query = jdbc.sql(sql);
        for (var parameter : parameters) {
            query = query.param(parameter);
        }
        return query.query(UUID.class).single();
    }

    private String passwordResetToken() {
        var account = TestAccounts.create(identity, organisations, Role.OBSERVER, Language.EN);
        identity.requestPasswordReset(account.email());
        return tokenSentTo(account.email(), "identity/password-reset");
    }

    private String invitationToken(UUID organisation) {
        var email = "invited-" + UUID.randomUUID() + "@test.custodes.example";
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("test-officer", null,
                AuthorityUtils.createAuthorityList("identity:invite")));
        SecurityContextHolder.setContext(context);
        try {
            identity.invite(new InvitePerson(new OrganisationId(organisation), email, "Invited Person", Language.EN,
                    Set.of(Role.COMPANY_REPRESENTATIVE)));
        } finally {
            SecurityContextHolder.clearContext();
        }
        return tokenSentTo(email, "identity/invitation");
    }

    private String tokenSentTo(String recipient, String template) {
        var link = jdbc.sql("""
                select parameters ->> 'link' from notification.outbox_message
                where recipient = ? and template = ? order by created_at desc limit 1
                """).param(recipient).param(template).query(String.class).single();
        return link.substring(link.indexOf("token=") + "token=".length());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
