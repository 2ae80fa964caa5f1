package org.custodes.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.custodes.certification.CertificateId;
import org.custodes.certification.CertificationService;
import org.custodes.certification.application.DocumentKind;
import org.custodes.certification.application.OpenApplication;
import org.custodes.certification.application.UploadDocument;
import org.custodes.complaint.Channel;
import org.custodes.complaint.ComplainantIdentity;
import org.custodes.complaint.ComplainantRole;
import org.custodes.complaint.ComplaintCategory;
import org.custodes.complaint.ComplaintId;
import org.custodes.complaint.ComplaintNarrative;
import org.custodes.complaint.ComplaintService;
import org.custodes.complaint.ContactPreference;
import org.custodes.complaint.GrievanceRaised;
import org.custodes.complaint.IncomingFile;
import org.custodes.complaint.SubmitComplaint;
import org.custodes.identity.CreateApiToken;
import org.custodes.identity.IdentityService;
import org.custodes.identity.InvitePerson;
import org.custodes.identity.Role;
import org.custodes.membership.MembershipService;
import org.custodes.organisation.OrganisationService;
import org.custodes.reporting.ReportId;
import org.custodes.reporting.ReportingService;
import org.custodes.shared.CountryCode;
import org.custodes.shared.Language;
import org.custodes.shared.OrganisationId;
import org.custodes.support.IntegrationTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The access-control matrix: every route of the application against every kind of caller, each with the outcome
 * written down in {@code access-control-matrix.csv}. The routes come from the handler mapping, so a new route without
 * a row (or a row whose route is gone) fails the test. Path variables are filled with seeded objects of two companies,
 * so that a company asking for the other's object proves the 404 — and, asked again with an id that exists nowhere,
 * gets the very same answer (no existence oracle).
 *
 * <p>Everything runs in one transaction that is rolled back at the end, each request in a savepoint of its own that is
 * rolled back after it: the seeds and whatever an allowed request changes never reach the demo data the other test
 * classes share. A request refused for access (sign-in, 403, 404) must not have written a row before it was refused;
 * the table statistics of the transaction tell.
 */
@IntegrationTest
class AccessControlMatrixIntegrationTests {

    static final String MATRIX = "/access-control-matrix.csv";
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");
    private static final Set<String> REFUSALS = Set.of("SIGN_IN", "DENY", "NOT_FOUND");

    /** Who calls. Signed-in actors are demo accounts with the real permissions of their role. */
    enum Caller {
        ANONYMOUS(null), COMPLAINANT(null), COMPANY_A("company@custodes.example"), COMPANY_B("company2@custodes.example"),
        CSO("cso@custodes.example"), STATE("state@custodes.example"), CLIENT("client@custodes.example"),
        OBSERVER("observer@custodes.example"), CERTIFICATION_BODY_AUDITOR("auditor@custodes.example"),
        BOARD_MEMBER("board@custodes.example"), SECRETARIAT_OFFICER("officer@custodes.example"),
        SECRETARIAT_ADMIN("admin@custodes.example");

        final String email;

        Caller(String email) {
            this.email = email;
        }
    }

    /** Coarse classes that stay true while pages and messages change. */
    enum Outcome {
        /** 2xx, or a redirect anywhere but the sign-in page. */
        ALLOW,
        /** A page redirecting to sign-in, or the API answering 401. */
        SIGN_IN,
        /** 403. */
        DENY,
        /** 404: no such object for this caller. */
        NOT_FOUND,
        /** 400, 409, 415 or 422: past the access check, the empty request itself was refused. */
        INVALID,
        /** Anything else (a 5xx): never expected. */
        ERROR
    }

    record Route(String method, String pattern) implements Comparable<Route> {
        @Override
        public int compareTo(Route other) {
            return (pattern + " " + method).compareTo(other.pattern + " " + other.method);
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    record Row(int line, Route route, Map<String, String> variables, Map<Caller, Outcome> expected) {
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrganisationService organisations;
    @Autowired
    IdentityService identity;
    @Autowired
    MembershipService membership;
    @Autowired
    CertificationService certification;
    @Autowired
    ReportingService reporting;
    @Autowired
    ComplaintService complaints;

    private final AtomicInteger clients = new AtomicInteger();
    private final Map<Caller, Authentication> signedIn = new EnumMap<>(Caller.class);
    private final Map<String, String> errors = new java.util.HashMap<>();
    private Cookie complainantSession;

    @Test
    void everyRouteAnswersEveryCallerAsTheMatrixSays() {
        var rows = load();
        var routes = routes();
        var problems = new ArrayList<String>();
        var covered = new TreeSet<Route>();
        rows.forEach(row -> covered.add(row.route()));
        routes.keySet().stream().filter(route -> !covered.contains(route))
                .forEach(route -> problems.add("route without a matrix row: " + route));
        covered.stream().filter(route -> !routes.containsKey(route))
                .forEach(route -> problems.add("matrix row for a route that does not exist: " + route));
        rows.forEach(row -> problems.addAll(inconsistencies(row)));
        assertThat(problems).as("matrix against the routes of the application").isEmpty();

        for (var caller : Caller.values()) {
            if (caller.email != null) {
                var user = accounts.loadUserByUsername(caller.email);
                signedIn.put(caller, UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
            }
        }
        var started = System.nanoTime();
        var requests = new AtomicInteger();
        var slowest = new java.util.TreeMap<Long, String>();
        var mismatches = new ArrayList<String>();
        var outer = new TransactionTemplate(transactions);
        outer.executeWithoutResult(status -> {
            assertThat(detectsRolledBackWrites()).as("the write detector sees rows written in a rolled-back savepoint").isTrue();
            var seeds = seed();
            // The complainant's own sign-out ends the follow-up session: it goes last.
            var ordered = rows.stream().sorted((a, b) -> Boolean.compare(endsFollowUp(a), endsFollowUp(b))).toList();
            for (var row : ordered) {
                var rowStarted = System.nanoTime();
                var handler = routes.get(row.route());
                for (var caller : Caller.values()) {
                    var expected = row.expected().get(caller);
                    var uri = expand(row, seeds, false);
                    var actual = perform(row.route(), handler, uri, caller, expected, mismatches);
                    requests.incrementAndGet();
                    if (actual != expected) {
                        var error = errors.get(row.route().method().replace("ALL", "GET") + " " + uri + " " + caller);
                        mismatches.add(line(row, caller, expected, actual + (error == null ? "" : " (" + error + ")"), uri));
                    } else if (probesOracle(row, caller)) {
                        var elsewhere = expand(row, seeds, true);
                        var unknown = perform(row.route(), handler, elsewhere, caller, expected, mismatches);
                        requests.incrementAndGet();
                        if (unknown != actual) {
                            mismatches.add(line(row, caller, expected, actual + " (but " + unknown
                                    + " for an id that exists nowhere: an existence oracle)", elsewhere));
                        }
                    }
                }
                slowest.put(System.nanoTime() - rowStarted, row.route().toString());
            }
            status.setRollbackOnly();
        });
        slowest.descendingMap().entrySet().stream().limit(5)
                .forEach(e -> System.out.printf("  slow row %6d ms %s%n", e.getKey() / 1_000_000, e.getValue()));
        var seconds = Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0;
        System.out.printf("Access-control matrix: %d routes x %d callers, %d requests in %.1f s%n", routes.size(),
                Caller.values().length, requests.get(), seconds);
        assertThat(mismatches).as("route x caller: expected vs actual (%d mismatches)%n%s", mismatches.size(),
                String.join(System.lineSeparator(), mismatches)).isEmpty();
    }

    // The matrix file

    private static List<Row> load() {
        var rows = new ArrayList<Row>();
        try (var reader = new BufferedReader(new InputStreamReader(
                AccessControlMatrixIntegrationTests.class.getResourceAsStream(MATRIX), StandardCharsets.UTF_8))) {
            List<String> header = null;
            var number = 0;
            for (var text = reader.readLine(); text != null; text = reader.readLine()) {
                number++;
                if (text.isBlank() || text.strip().startsWith("#")) {
                    continue;
                }
                var cells = Arrays.stream(text.split(",", -1)).map(String::strip).toList();
                if (header == null) {
                    header = cells;
                    var callers = Arrays.stream(Caller.values()).map(Enum::name).toList();
                    assertThat(header.subList(3, header.size())).as("matrix columns").isEqualTo(callers);
                    continue;
                }
                assertThat(cells).as("cells on line %d", number).hasSize(header.size());
                var expected = new EnumMap<Caller, Outcome>(Caller.class);
                for (var caller : Caller.values()) {
                    expected.put(caller, Outcome.valueOf(cells.get(3 + caller.ordinal())));
                }
                var variables = new LinkedHashMap<String, String>();
                if (!cells.get(2).isEmpty()) {
                    for (var binding : cells.get(2).split(" ")) {
                        var pair = binding.split("=", 2);
                        variables.put(pair[0], pair[1]);
                    }
                }
                rows.add(new Row(number, new Route(cells.get(0), cells.get(1)), variables, expected));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** Rules of the matrix itself: every variable bound, and another company's object never readable. */
    private static List<String> inconsistencies(Row row) {
        var problems = new ArrayList<String>();
        var matcher = VARIABLE.matcher(row.route().pattern());
        var named = new TreeSet<String>();
        while (matcher.find()) {
            named.add(matcher.group(1));
        }
        if (!named.equals(row.variables().keySet())) {
            problems.add("line " + row.line() + " " + row.route() + ": binds " + row.variables().keySet()
                    + " but the path names " + named);
        }
        for (var owner : List.of(Caller.COMPANY_A, Caller.COMPANY_B)) {
            var other = owner == Caller.COMPANY_A ? Caller.COMPANY_B : Caller.COMPANY_A;
            if (!ownedBy(row, owner)) {
                continue;
            }
            var theirs = row.expected().get(other);
            if (theirs == Outcome.ALLOW || (row.route().method().equals("GET") && row.expected().get(owner) == Outcome.ALLOW
                    && theirs != Outcome.NOT_FOUND)) {
                problems.add("line " + row.line() + " " + row.route() + ": " + other + " must not reach an object of "
                        + owner + " (expected NOT_FOUND), the matrix says " + theirs);
            }
        }
        return problems;
    }

    private static boolean ownedBy(Row row, Caller company) {
        var prefix = company == Caller.COMPANY_A ? "a." : "b.";
        return row.variables().values().stream().anyMatch(seed -> seed.startsWith(prefix));
    }

    /** A company asking for the other company's object must get the same answer as for an object that does not exist. */
    private static boolean probesOracle(Row row, Caller caller) {
        return (caller == Caller.COMPANY_B && ownedBy(row, Caller.COMPANY_A))
                || (caller == Caller.COMPANY_A && ownedBy(row, Caller.COMPANY_B));
    }

    private static boolean endsFollowUp(Row row) {
        return row.route().pattern().equals("/complaints/follow-up/sign-out");
    }

    // The routes of the application

    private Map<Route, org.springframework.web.method.HandlerMethod> routes() {
        var routes = new java.util.TreeMap<Route, org.springframework.web.method.HandlerMethod>();
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            var methods = info.getMethodsCondition().getMethods();
            for (var pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    routes.put(new Route("ALL", pattern), entry.getValue());
                }
                methods.forEach(method -> routes.put(new Route(method.name(), pattern), entry.getValue()));
            }
        }
        return routes;
    }

    // Requests

    private static String expand(Row row, Map<String, String> seeds, boolean elsewhere) {
        var matcher = VARIABLE.matcher(row.route().pattern());
        var uri = new StringBuilder();
        while (matcher.find()) {
            var seed = row.variables().get(matcher.group(1));
            var owned = seed.startsWith("a.") || seed.startsWith("b.");
            var value = elsewhere && owned ? UUID.randomUUID().toString() : seeds.get(seed);
            assertThat(value).as("seed %s on line %d", seed, row.line()).isNotNull();
            matcher.appendReplacement(uri, value);
        }
        matcher.appendTail(uri);
        return uri.toString();
    }

    private Outcome perform(Route route, org.springframework.web.method.HandlerMethod handler, String uri, Caller caller,
            Outcome expected, List<String> mismatches) {
        var savepoint = new TransactionTemplate(transactions);
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        return savepoint.execute(status -> {
            var method = route.method().equals("ALL") ? "GET" : route.method();
            var writes = !method.equals("GET");
            var before = writes ? rowsWritten() : Map.<String, Long>of();
            var result = exchange(method, uri, handler, caller);
            var outcome = classify(result);
            if (writes && REFUSALS.contains(outcome.name())) {
                var changed = changedTables(before, rowsWritten());
                if (!changed.isEmpty()) {
                    mismatches.add(route + " as " + caller + ": refused with " + outcome + " after writing to " + changed);
                }
            }
            status.setRollbackOnly();
            return outcome;
        });
    }

    private MvcResult exchange(String method, String uri, org.springframework.web.method.HandlerMethod handler, Caller caller) {
        var multipartBody = Arrays.stream(handler.getMethodParameters())
                .anyMatch(p -> MultipartFile.class.isAssignableFrom(p.getParameterType())
                        || (List.class.isAssignableFrom(p.getParameterType())
                                && p.getGenericParameterType().getTypeName().contains("MultipartFile")));
        AbstractMockHttpServletRequestBuilder<?> request;
        if (multipartBody && !method.equals("GET")) {
            request = multipart(HttpMethod.valueOf(method), URI.create(uri));
        } else {
            request = request(HttpMethod.valueOf(method), URI.create(uri));
            if (!method.equals("GET") && uri.startsWith("/api/")) {
                request.contentType(MediaType.APPLICATION_JSON).content("{}");
            }
        }
        if (!method.equals("GET")) {
            request.with(csrf());
        }
        if (uri.equals("/error")) {
            // The container forwards here with the status of the error it shows; without one the page reports 500.
            request.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404);
        }
        var address = "10.73." + (clients.get() / 250 % 250) + "." + (clients.getAndIncrement() % 250 + 1);
        request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
        if (caller == Caller.COMPLAINANT) {
            request.cookie(complainantSession);
        } else if (signedIn.containsKey(caller)) {
            request.with(authentication(signedIn.get(caller)));
        }
        try {
            return mvc.perform(request).andReturn();
        } catch (Exception e) {
            // An exception nothing handled: a servlet container answers 500.
            var cause = e;
            while (cause.getCause() instanceof Exception inner) {
                cause = inner;
            }
            errors.put(method + " " + uri + " " + caller, cause.toString());
            return null;
        }
    }

    static Outcome classify(@Nullable MvcResult result) {
        if (result == null) {
            return Outcome.ERROR;
        }
        var status = result.getResponse().getStatus();
        if (status == 401) {
            return Outcome.SIGN_IN;
        }
        if (status >= 300 && status < 400) {
            var location = result.getResponse().getRedirectedUrl();
            var path = location == null ? "" : URI.create(location).getPath();
            return "/sign-in".equals(path) ? Outcome.SIGN_IN : Outcome.ALLOW;
        }
        if (status >= 200 && status < 300) {
            return Outcome.ALLOW;
        }
        return switch (status) {
            case 403 -> Outcome.DENY;
            case 404 -> Outcome.NOT_FOUND;
            case 400, 409, 415, 422 -> Outcome.INVALID;
            default -> Outcome.ERROR;
        };
    }

    private static String line(Row row, Caller caller, Outcome expected, String actual, String uri) {
        return String.format("%-60s %-27s expected %-9s got %s   [%s, line %d]", row.route(), caller, expected, actual, uri,
                row.line());
    }

    /** Rows this transaction has inserted, updated or deleted so far, per table (rolled-back savepoints included). */
    private Map<String, Long> rowsWritten() {
        var written = new java.util.HashMap<String, Long>();
        jdbc.sql("select schemaname || '.' || relname, n_tup_ins + n_tup_upd + n_tup_del from pg_stat_xact_user_tables")
                .query((rs, n) -> written.put(rs.getString(1), rs.getLong(2))).list();
        return written;
    }

    /** The check of refused requests is worth something only if it sees what a rolled-back savepoint wrote. */
    private boolean detectsRolledBackWrites() {
        var savepoint = new TransactionTemplate(transactions);
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        var before = rowsWritten();
        savepoint.executeWithoutResult(status -> {
            jdbc.sql("update organisation.organisation set legal_name = legal_name where legal_name = ?")
                    .param("Aegis Shield Security Ltd").update();
            status.setRollbackOnly();
        });
        return changedTables(before, rowsWritten()).contains("organisation.organisation");
    }

    /** Tables written between two counts; the audit log may record a refusal, the session tables are not ours. */
    private static List<String> changedTables(Map<String, Long> before, Map<String, Long> after) {
        return after.entrySet().stream()
                .filter(e -> e.getValue() > before.getOrDefault(e.getKey(), 0L))
                .map(Map.Entry::getKey)
                .filter(table -> !table.startsWith("audit.") && !table.startsWith("identity.http_session"))
                .sorted().toList();
    }

    // Seeds

    /** The objects the path variables name; "a." objects belong to company A (Aegis Shield), "b." to company B (Al-Noor). */
    private Map<String, String> seed() {
        var seeds = new LinkedHashMap<String, String>();
        var aegis = organisation("Aegis Shield Security Ltd");
        var alNoor = organisation("Al-Noor Security Services LLC");
        seeds.put("a.org", aegis.value().toString());
        seeds.put("b.org", alNoor.value().toString());
        seeds.put("a.user", id("select id from identity.account where email = 'company@custodes.example'"));

        seeds.put("a.token", as(Caller.COMPANY_A, () -> identity.createApiToken(
                new CreateApiToken("matrix " + UUID.randomUUID(), null)).token().id().value().toString()));
        seeds.put("a.invitation", as(Caller.SECRETARIAT_OFFICER, () -> identity.invite(new InvitePerson(aegis,
                "matrix-" + UUID.randomUUID() + "@test.custodes.example", "Matrix Invitee", Language.EN,
                Set.of(Role.COMPANY_REPRESENTATIVE))).value().toString()));
        seeds.put("a.contact", id("select id from organisation.contact where organisation_id = ? limit 1", aegis.value()));

        // Membership: Aegis is a member (invoices, a compliance case); Al-Noor's application is under review.
        seeds.put("a.invoice", id("select id from membership.invoice where organisation_id = ? order by number limit 1",
                aegis.value()));
        seeds.put("a.case", as(Caller.SECRETARIAT_OFFICER, () -> membership.openComplianceCase(aegis,
                "Matrix: a concern raised to test access").id().value().toString()));
        seeds.put("b.application", id("select id from membership.application where organisation_id = ?", alNoor.value()));
        seeds.put("b.document", UUID.randomUUID().toString());
        seeds.put("step", "organisation");
        seeds.put("apiStep", "ORGANISATION");

        // Certification: Aegis's active certificate and an application on it with one document.
        var certificate = id("select id from certification.certificate where certificate_number = 'MCS-PSC1-0417'");
        seeds.put("a.certificate", certificate);
        var application = as(Caller.COMPANY_A, () -> certification.openApplication(new OpenApplication(
                new CertificateId(UUID.fromString(certificate)), "company@custodes.example", Language.EN)));
        seeds.put("a.certification", application.value().toString());
        seeds.put("a.certificationDocument", as(Caller.COMPANY_A, () -> certification.uploadDocument(application,
                new UploadDocument(DocumentKind.CORRECTIVE_ACTION_PLAN, null, "plan.pdf", pdf(), List.of())))
                .value().toString());
        seeds.put("body", id("select organisation_id from certification.certification_body where legal_name = ?",
                "Nordic Assurance Register"));
        seeds.put("standard", "PSC1-2012");
        seeds.put("resolution", id("select id from governance.resolution order by drafted_at limit 1"));
        seeds.put("seat", id("select id from governance.seat order by pillar, position limit 1"));
        seeds.put("assembly", id("select id from governance.assembly order by plenary_at desc limit 1"));

        // Self-assessment: this year's open report of Aegis, with a piece of evidence of its own.
        var report = id("""
                select r.id from reporting.report r join reporting.campaign c on c.id = r.campaign_id
                where r.organisation_id = ? order by c.year desc limit 1""", aegis.value());
        var campaign = id("select campaign_id from reporting.report where id = ?", UUID.fromString(report));
        var indicator = id("select indicator_code from reporting.evidence where organisation_id = ? limit 1", aegis.value());
        seeds.put("a.report", report);
        seeds.put("campaign", campaign);
        seeds.put("indicator", indicator);
        seeds.put("section", id("""
                select i.section_code from framework.indicator i join reporting.campaign c on c.library_id = i.library_id
                where c.id = ? and i.code = ?""", UUID.fromString(campaign), indicator));
        var lastYear = id("""
                select r.id from reporting.report r join reporting.campaign c on c.id = r.campaign_id
                where r.organisation_id = ? and r.status <> 'DRAFT' order by c.year desc limit 1""", aegis.value());
        if (jdbc.sql("select accepted_on is null from reporting.report where id = ?").param(UUID.fromString(lastYear))
                .query(Boolean.class).single()) {
            as(Caller.SECRETARIAT_OFFICER, () -> {
                reporting.accept(new ReportId(UUID.fromString(lastYear)), true);
                return null;
            });
        }
        seeds.put("a.acceptedReport", lastYear);
        seeds.put("a.evidence", as(Caller.COMPANY_A, () -> reporting.attachEvidence(new ReportId(UUID.fromString(report)),
                indicator, "policy.pdf", pdf())).value().toString());

        // Framework reference data.
        seeds.put("library", id("select id from framework.library_version order by number desc limit 1"));
        seeds.put("codeVersion", id("select code from framework.code_version order by year limit 1"));
        seeds.put("format", "xlsx");

        // Complaints: a demo case against Aegis the company may see, and a complaint filed here with a file and a
        // name, whose receipt opens the complainant's follow-up session.
        seeds.put("a.companyCase", id("""
                select id from complaint.complaint_case where company_id = ? and category = 'DETENTION'""", aegis.value()));
        var submission = complaints.submit(new SubmitComplaint(Channel.ONLINE, ComplainantRole.AFFECTED_PERSON,
                ContactPreference.CONFIDENTIAL, new ComplainantIdentity("Matrix Complainant", "matrix@example.org", null, null),
                aegis, ComplaintCategory.HARASSMENT, new CountryCode("KE"), new ComplaintNarrative(null,
                        "Guards shouted at people queueing at the gate.", "Last month", null, null, GrievanceRaised.NO, null,
                        null), Language.EN, List.of(new IncomingFile("gate.pdf", pdf()))), null);
        var complaint = id("select id from complaint.complaint_case where reference = ?",
                submission.receipt().reference().value());
        seeds.put("a.complaint", complaint);
        seeds.put("a.attachment", id("select id from complaint.attachment where case_id = ?", UUID.fromString(complaint)));
        as(Caller.SECRETARIAT_OFFICER, () -> {
            complaints.requestIdentity(new ComplaintId(UUID.fromString(complaint)));
            return null;
        });
        seeds.put("identityRequest", id("select id from complaint.identity_request where case_id = ?",
                UUID.fromString(complaint)));
        complainantSession = followUpSession(submission.receipt().receipt());

        // Public pages name a company or certificate openly; the complainant's file is theirs, not the company's.
        seeds.put("public.org", seeds.get("a.org"));
        seeds.put("public.certificate", certificate);
        seeds.put("public.resource", id("select id from procurement.resource where published order by title limit 1"));
        seeds.put("public.certified", organisation("Sentinel Maritime Services S.A.").value().toString());
        seeds.put("complainant.attachment", seeds.get("a.attachment"));
        seeds.put("webhook", UUID.randomUUID().toString());
        seeds.put("unknown", UUID.randomUUID().toString());
        seeds.put("course", id("select course_id from training.course where code = 'FORCE'"));
        seeds.put("trainingLanguage", "fr");
        seeds.put("a.learner", id("select learner_id from training.learner where personnel_number = 'AS-0088'"));
        seeds.put("mission", id("select id from fieldvoice.mission where status = 'OPEN' order by opened_at limit 1"));
        seeds.put("fieldDevice", id("select id from fieldvoice.device where revoked_at is null order by registered_at limit 1"));
        seeds.put("fieldSubmission", id("select id from fieldvoice.submission order by received_at limit 1"));
        seeds.put("fieldForm", id("select form_id from fieldvoice.mission_form order by published_at limit 1"));
        seeds.put("observation", id("""
                select o.id from monitoring.observation o join organisation.organisation r on r.id = o.reporter_organisation
                where r.legal_name = 'Human Rights Watchpost Kenya' and o.status = 'NEW' order by o.reference limit 1"""));
        seeds.put("a.concern", id("select id from monitoring.concern where company_id = ? and stage = 'DIALOGUE' limit 1",
                aegis.value()));
        seeds.put("a.finding", id("select id from monitoring.finding where company_id = ? and response = 'AWAITING' limit 1",
                aegis.value()));
        seeds.put("a.plan", id("select id from monitoring.action_plan where company_id = ? and status = 'CLOSED' limit 1",
                aegis.value()));
        seeds.put("a.planAction", id("""
                select a.id from monitoring.corrective_action a join monitoring.action_plan p on p.id = a.plan_id
                where p.company_id = ? and p.status = 'CLOSED' order by a.position limit 1""", aegis.value()));
        seeds.put("a.planEvidence", id("""
                select e.id from monitoring.action_evidence e join monitoring.action_plan p on p.id = e.plan_id
                where p.company_id = ? and p.status = 'CLOSED' limit 1""", aegis.value()));
        // The planned field-based review: the demo civil-society partner is on its team, no state or client is.
        seeds.put("reviewMission", id("select id from monitoring.mission where status = 'PLANNED' order by reference limit 1"));
        // The open worker-voice round (Aegis Shield and Al-Noor both have a distribution point in it), and Aegis
        // Shield's point with one of the survey's English recordings.
        seeds.put("surveyRound", id("select id from fieldvoice.survey_round where status = 'OPEN' order by opens_at limit 1"));
        seeds.put("surveyVersion", id("select version_id from fieldvoice.survey_round where status = 'OPEN' order by opens_at limit 1"));
        seeds.put("voiceToken", id("""
                select p.token from fieldvoice.distribution_point p join fieldvoice.survey_round r on r.id = p.round_id
                where r.status = 'OPEN' and p.company_id = ? order by r.opens_at limit 1""", aegis.value()));
        seeds.put("voiceAudio", id("""
                select a.target from fieldvoice.survey_audio a join fieldvoice.survey_round r on r.version_id = a.version_id
                where r.status = 'OPEN' and a.language = 'en' order by a.target limit 1"""));
        // Helpdesk: Aegis Shield's answered demo support request.
        seeds.put("a.supportRequest", id("""
                select id from helpdesk.support_request where organisation_id = ? and status = 'ANSWERED'
                order by asked_at limit 1""", aegis.value()));
        return seeds;
    }

    private Cookie followUpSession(String receipt) {
        try {
            var result = mvc.perform(post("/complaints/follow-up").param("receipt", receipt).with(csrf())
                    .with(r -> {
                        r.setRemoteAddr("10.74.0.1");
                        return r;
                    })).andReturn();
            var cookie = result.getResponse().getCookie("custodes-session");
            assertThat(cookie).as("the complainant's follow-up session").isNotNull();
            return cookie;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private OrganisationId organisation(String legalName) {
        return organisations.findByLegalName(legalName).orElseThrow().id();
    }

    private String id(String sql, Object... parameters) {
        var query = jdbc.sql(sql);
        for (var parameter : parameters) {
            query = query.param(parameter);
        }
        return query.query((rs, n) -> rs.getObject(1)).single().toString();
    }

    private <T> T as(Caller caller, Supplier<T> work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signedIn.get(caller));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static byte[] pdf() {
        try (var document = new PDDocument()) {
            document.addPage(new PDPage());
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
