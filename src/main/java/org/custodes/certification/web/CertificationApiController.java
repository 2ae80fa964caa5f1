package org.custodes.certification.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.custodes.certification.cycle.AuditType;
import org.custodes.certification.certificate.BulkLoadRefused;
import org.custodes.certification.certificate.BulkLoadResult;
import org.custodes.certification.certificate.CertificateDetails;
import org.custodes.certification.CertificateId;
import org.custodes.certification.CertificateStatus;
import org.custodes.certification.certificate.CertificateSummary;
import org.custodes.certification.body.CertificationBodyDetails;
import org.custodes.certification.CertificationRuleViolated;
import org.custodes.certification.CertificationService;
import org.custodes.certification.certificate.CertificateImportProblem;
import org.custodes.certification.cycle.Nonconformity;
import org.custodes.certification.cycle.NonconformityGrade;
import org.custodes.certification.PublicCertificate;
import org.custodes.certification.cycle.RecordAudit;
import org.custodes.certification.certificate.RecordCertificate;
import org.custodes.certification.StandardCode;
import org.custodes.certification.standard.StandardDetails;
import org.custodes.organisation.SecurityService;
import org.custodes.shared.BusinessRuleViolation;
import org.custodes.shared.CountryCode;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.PageQuery;
import org.custodes.shared.PageResult;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The certification API. Certification bodies feed their certificates here (one JSON object or an array), as the
 * principal their API token signs in; the feed is idempotent on (body, certificate number) and all-or-nothing.
 */
@RestController
@RequestMapping("/api/v1/certification")
class CertificationApiController {

    private final CertificationService certification;
    private final JsonMapper json;
    private final MessageSource messages;
    private final Clock clock;

    CertificationApiController(CertificationService certification, JsonMapper json, MessageSource messages, Clock clock) {
        this.certification = certification;
        this.json = json;
        this.messages = messages;
        this.clock = clock;
    }

    record NonconformityRequest(@Nullable NonconformityGrade grade, @Nullable String description,
            @Nullable String correctiveAction, @Nullable LocalDate closedOn) {
    }

    record AuditRequest(@Nullable AuditType type, @Nullable LocalDate date, @Nullable String outcome,
            @Nullable List<NonconformityRequest> nonconformities) {
    }

    record CertificateRequest(@Nullable String certificateNumber, @Nullable String standard,
            @Nullable UUID certificationBody, @Nullable UUID companyId, @Nullable String companyName,
            @Nullable Set<SecurityService> services, @Nullable List<String> countries, @Nullable String sites,
            @Nullable LocalDate originalIssueDate, @Nullable LocalDate currentIssueDate, @Nullable LocalDate expiryDate,
            @Nullable String conditions, @Nullable CertificateStatus status, @Nullable List<AuditRequest> audits) {
    }

    record Problem(int row, String column, String message) {
    }

    @GetMapping("/standards")
    @PreAuthorize("hasAnyAuthority('certification:read', 'certification:manage', 'certification:enter-certificates', 'certification:apply')")
    List<StandardDetails> standards() {
        return certification.standards();
    }

    @GetMapping("/bodies")
    @PreAuthorize("hasAnyAuthority('certification:read', 'certification:manage', 'certification:enter-certificates')")
    List<CertificationBodyDetails> bodies() {
        return certification.bodies();
    }

    @GetMapping("/certificates")
    @PreAuthorize("hasAnyAuthority('certification:read', 'certification:manage', 'certification:enter-certificates')")
    PageResult<CertificateSummary> certificates(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return certification.certificates(new PageQuery(page, size));
    }

    @GetMapping("/certificates/{id}")
    @PreAuthorize("hasAnyAuthority('certification:read', 'certification:manage', 'certification:enter-certificates')")
    CertificateDetails certificate(@PathVariable UUID id) {
        return certification.certificate(new CertificateId(id));
    }

    /** One certificate or an array of them; every item is checked before any is saved. */
    @PostMapping("/certificates")
    @PreAuthorize("hasAnyAuthority('certification:manage', 'certification:enter-certificates')")
    BulkLoadResult feed(@RequestBody JsonNode body) {
        return certification.loadCertificates(commands(json, body));
    }

    /** The certificates of a feed, or {@link BulkLoadRefused} naming the item and field of every unreadable value. */
    static List<RecordCertificate> commands(JsonMapper json, JsonNode body) {
        var nodes = new ArrayList<JsonNode>();
        if (body.isArray()) {
            body.forEach(nodes::add);
        } else {
            nodes.add(body);
        }
        var commands = new ArrayList<RecordCertificate>();
        var problems = new ArrayList<CertificateImportProblem>();
        for (int i = 0; i < nodes.size(); i++) {
            int row = i + 1;
            try {
                var request = json.treeToValue(nodes.get(i), CertificateRequest.class);
                if (request == null) {
                    problems.add(new CertificateImportProblem(row, "", "certification.bulk.bad-value", List.of()));
                    continue;
                }
                command(request, row, problems).ifPresent(commands::add);
            } catch (tools.jackson.core.JacksonException unreadable) {
                var column = unreadable.getPath().stream().map(reference -> reference.getPropertyName() != null
                        ? reference.getPropertyName() : "[" + reference.getIndex() + "]")
                        .collect(java.util.stream.Collectors.joining(".")).replace(".[", "[");
                problems.add(new CertificateImportProblem(row, column, "certification.bulk.bad-value", List.of()));
            }
        }
        if (!problems.isEmpty()) {
            throw new BulkLoadRefused(problems);
        }
        return commands;
    }

    /** A company's certificates as they stood on a date, for anyone (the public directory among others). */
    @GetMapping("/companies/{company}/certificates")
    @PreAuthorize("permitAll()")
    List<PublicCertificate> publicCertificates(@PathVariable UUID company,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
        return certification.publicCertificatesOf(new OrganisationId(company), asOf != null ? asOf : LocalDate.now(clock));
    }

    private static java.util.Optional<RecordCertificate> command(CertificateRequest request, int row,
            List<CertificateImportProblem> problems) {
        int before = problems.size();
        StandardCode standard = null;
        try {
            standard = new StandardCode(request.standard() == null ? "" : request.standard());
        } catch (BusinessRuleViolation e) {
            problems.add(new CertificateImportProblem(row, "standard", "certification.certificate.standard.not-recognised",
                    List.of(String.valueOf(request.standard()))));
        }
        var countries = new java.util.HashSet<CountryCode>();
        for (var country : request.countries() == null ? List.<String>of() : request.countries()) {
            if (country != null && CountryCode.isKnown(country)) {
                countries.add(new CountryCode(country));
            } else {
                problems.add(new CertificateImportProblem(row, "countries", "country.unknown", List.of(String.valueOf(country))));
            }
        }
        if (request.currentIssueDate() == null) {
            problems.add(new CertificateImportProblem(row, "currentIssueDate", "certification.certificate.issue.required", List.of()));
        }
        var audits = audits(request, row, problems);
        if (problems.size() > before || standard == null || request.currentIssueDate() == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new RecordCertificate(orEmpty(request.certificateNumber()), standard,
                request.certificationBody() == null ? null : new OrganisationId(request.certificationBody()),
                request.companyId() == null ? null : new OrganisationId(request.companyId()), request.companyName(),
                request.services() == null ? Set.of() : request.services(), countries, orEmpty(request.sites()),
                request.originalIssueDate(), request.currentIssueDate(), request.expiryDate(), orEmpty(request.conditions()),
                request.status() == null ? CertificateStatus.ACTIVE : request.status(), audits));
    }

    /** The audits of one item; a null item, or one without its type, date or finding grade, is a problem. */
    private static List<RecordAudit> audits(CertificateRequest request, int row, List<CertificateImportProblem> problems) {
        var audits = new ArrayList<RecordAudit>();
        var given = request.audits() == null ? List.<AuditRequest>of() : request.audits();
        for (int a = 0; a < given.size(); a++) {
            var audit = given.get(a);
            var path = "audits[" + a + "]";
            if (audit == null || audit.type() == null || audit.date() == null) {
                problems.add(new CertificateImportProblem(row, audit == null ? path : path + (audit.type() == null ? ".type" : ".date"),
                        "certification.bulk.bad-value", List.of()));
                continue;
            }
            var findings = new ArrayList<Nonconformity>();
            var nonconformities = audit.nonconformities() == null ? List.<NonconformityRequest>of() : audit.nonconformities();
            for (int n = 0; n < nonconformities.size(); n++) {
                var finding = nonconformities.get(n);
                if (finding == null || finding.grade() == null) {
                    problems.add(new CertificateImportProblem(row, path + ".nonconformities[" + n + "]" + (finding == null ? "" : ".grade"),
                            "certification.bulk.bad-value", List.of()));
                    continue;
                }
                findings.add(new Nonconformity(finding.grade(), orEmpty(finding.description()),
                        orEmpty(finding.correctiveAction()), finding.closedOn()));
            }
            audits.add(new RecordAudit(audit.type(), audit.date(), orEmpty(audit.outcome()), findings));
        }
        return audits;
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    /** Every problem of the feed, each with its item (row), field (column) and message; nothing was saved. */
    @ExceptionHandler
    ProblemDetail refused(BulkLoadRefused refused) {
        var locale = LocaleContextHolder.getLocale();
        var problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(422),
                messages.getMessage(refused.messageKey(), refused.arguments(), locale));
        problem.setType(URI.create("https://custodes.org/problems/bulk-load-refused"));
        problem.setTitle(messages.getMessage("problem.title.business-rule", null, locale));
        problem.setProperty("errors", refused.problems().stream().map(p -> new Problem(p.row(), p.column(),
                messages.getMessage(p.messageKey(), p.arguments().toArray(), p.messageKey(), locale))).toList());
        return problem;
    }

    /** A single refused rule, with the field it names. */
    @ExceptionHandler
    ProblemDetail ruleViolated(CertificationRuleViolated violation) {
        var locale = LocaleContextHolder.getLocale();
        var problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(422),
                messages.getMessage(violation.messageKey(), violation.arguments(), violation.messageKey(), locale));
        problem.setType(URI.create("https://custodes.org/problems/business-rule"));
        problem.setTitle(messages.getMessage("problem.title.business-rule", null, locale));
        problem.setProperty("errors", List.of(Map.of("field", violation.field(), "message", problem.getDetail())));
        return problem;
    }
}
