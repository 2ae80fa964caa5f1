package org.custodes.certification.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.custodes.certification.cycle.AuditType;
import org.custodes.certification.certificate.BulkLoadRefused;
import org.custodes.certification.certificate.CertificateFile;
import org.custodes.certification.CertificateId;
import org.custodes.certification.CertificateStatus;
import org.custodes.certification.CertificationRuleViolated;
import org.custodes.certification.CertificationService;
import org.custodes.certification.cycle.Nonconformity;
import org.custodes.certification.cycle.NonconformityGrade;
import org.custodes.certification.cycle.RecordAudit;
import org.custodes.certification.certificate.RecordCertificate;
import org.custodes.certification.StandardCode;
import org.custodes.organisation.SecurityService;
import org.custodes.shared.BusinessRuleViolation;
import org.custodes.shared.FormErrors;
import org.custodes.shared.CountryCode;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.PageQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * External certificates for the secretariat and certification-body auditors: the list, entry and correction of one
 * certificate, its audits and status, the bulk load from a file, and the matching of unmatched certificates.
 */
@Controller
@RequestMapping("/certification/certificates")
class CertificatePageController {

    private static final String READ = "hasAnyAuthority('certification:read', 'certification:manage', 'certification:enter-certificates')";
    private static final String ENTER = "hasAnyAuthority('certification:manage', 'certification:enter-certificates')";

    record CertificateForm(@NotBlank(message = "{certification.form.required}") @Size(max = 64) @Nullable String certificateNumber,
            @NotBlank(message = "{certification.form.required}") @Nullable String standard,
            @Nullable UUID certificationBody,
            @Size(max = 300) @Nullable String companyName,
            @Nullable Set<SecurityService> services,
            @Size(max = 1000) @Nullable String countries,
            @Size(max = 2000) @Nullable String sites,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate originalIssueDate,
            @NotNull(message = "{certification.form.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate currentIssueDate,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate expiryDate,
            @Size(max = 5000) @Nullable String conditions,
            @NotNull(message = "{certification.form.required}") @Nullable CertificateStatus status) {
    }

    record AuditForm(@NotNull(message = "{certification.form.required}") @Nullable AuditType type,
            @NotNull(message = "{certification.form.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
            @NotBlank(message = "{certification.form.required}") @Size(max = 2000) @Nullable String outcome,
            @Size(max = 20_000) @Nullable String nonconformities) {
    }

    record StatusForm(@NotNull(message = "{certification.form.required}") @Nullable CertificateStatus status,
            @NotNull(message = "{certification.form.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate effectiveOn) {
    }

    record MatchForm(@NotBlank(message = "{certification.form.required}") @Size(max = 300) @Nullable String companyName) {
    }

    private final CertificationService certification;
    private final org.springframework.context.MessageSource messages;
    private final Clock clock;

    CertificatePageController(CertificationService certification, org.springframework.context.MessageSource messages,
            Clock clock) {
        this.certification = certification;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize(READ)
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("certificates", certification.certificates(new PageQuery(page, PageQuery.DEFAULT_SIZE)));
        return "certification/certificates";
    }

    @GetMapping("/new")
    @PreAuthorize(ENTER)
    String create(Model model) {
        model.addAttribute("form", new CertificateForm(null, null, null, null, Set.of(), null, null, null, null, null,
                null, CertificateStatus.ACTIVE));
        return form(model);
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(ENTER)
    String edit(@PathVariable UUID id, Model model) {
        var details = certification.certificate(new CertificateId(id));
        var summary = details.summary();
        model.addAttribute("form", new CertificateForm(summary.number(), summary.standard().value(),
                summary.certificationBody().value(), summary.companyName(), details.services(),
                String.join(";", details.countries().stream().map(CountryCode::value).sorted().toList()), details.sites(),
                details.originalIssueDate(), summary.currentIssueDate(), summary.expiryDate(), details.conditions(),
                summary.status()));
        return form(model);
    }

    private String form(Model model) {
        model.addAttribute("standards", certification.standards());
        model.addAttribute("bodies", certification.callerSeesEveryBody() ? certification.bodies() : List.of());
        model.addAttribute("services", SecurityService.values());
        model.addAttribute("statuses", CertificateStatus.values());
        return "certification/certificate-form";
    }

    @PostMapping
    @PreAuthorize(ENTER)
    String save(@Valid @ModelAttribute("form") CertificateForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        var countries = new LinkedHashSet<CountryCode>();
        for (var code : list(form.countries())) {
            if (CountryCode.isKnown(code)) {
                countries.add(new CountryCode(code));
            } else {
                errors.rejectValue("countries", "country.unknown", new Object[] { code }, "country.unknown");
            }
        }
        if (!errors.hasErrors()) {
            try {
                var id = certification.recordCertificate(new RecordCertificate(form.certificateNumber(),
                        new StandardCode(form.standard()),
                        form.certificationBody() == null ? null : new OrganisationId(form.certificationBody()), null,
                        form.companyName(), form.services() == null ? Set.of() : form.services(), countries,
                        orEmpty(form.sites()), form.originalIssueDate(), form.currentIssueDate(), form.expiryDate(),
                        orEmpty(form.conditions()), form.status(), List.of()));
                redirect.addFlashAttribute("saved", true);
                return "redirect:/certification/certificates/" + id;
            } catch (BusinessRuleViolation violation) {
                FormErrors.reject(errors, violation);
            }
        }
        response.setStatus(422);
        return form(model);
    }

    @GetMapping("/{id}")
    @PreAuthorize(READ)
    String details(@PathVariable UUID id, Model model) {
        model.addAttribute("certificate", certification.certificate(new CertificateId(id)));
        if (!model.containsAttribute("auditForm")) {
            model.addAttribute("auditForm", new AuditForm(null, null, null, null));
        }
        if (!model.containsAttribute("statusForm")) {
            model.addAttribute("statusForm", new StatusForm(null, LocalDate.now(clock)));
        }
        model.addAttribute("auditTypes", AuditType.values());
        model.addAttribute("statuses", CertificateStatus.values());
        return "certification/certificate";
    }

    @PostMapping("/{id}/audits")
    @PreAuthorize(ENTER)
    String recordAudit(@PathVariable UUID id, @Valid @ModelAttribute("auditForm") AuditForm form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        var findings = nonconformities(form.nonconformities(), errors);
        if (!errors.hasErrors()) {
            try {
                certification.recordAudit(new CertificateId(id), new RecordAudit(form.type(), form.date(),
                        form.outcome(), findings));
                redirect.addFlashAttribute("saved", true);
                return "redirect:/certification/certificates/" + id;
            } catch (CertificationRuleViolated violation) {
                var field = violation.field().startsWith("nonconformities") ? "nonconformities" : violation.field();
                FormErrors.reject(errors, new CertificationRuleViolated(field, violation.messageKey(), violation.arguments()));
            } catch (BusinessRuleViolation violation) {
                FormErrors.reject(errors, violation);
            }
        }
        response.setStatus(422);
        return details(id, model);
    }

    /** One finding per line: grade; description; corrective action; closing date (optional). */
    private static List<Nonconformity> nonconformities(@Nullable String text, BindingResult errors) {
        var findings = new ArrayList<Nonconformity>();
        for (var line : list(text, "\\R")) {
            var parts = Arrays.stream(line.split(";", -1)).map(String::strip).toList();
            try {
                var grade = NonconformityGrade.valueOf(parts.get(0).toUpperCase(Locale.ROOT));
                var closed = parts.size() > 3 && !parts.get(3).isEmpty() ? LocalDate.parse(parts.get(3)) : null;
                findings.add(new Nonconformity(grade, parts.get(1), parts.size() > 2 ? parts.get(2) : "", closed));
            } catch (IllegalArgumentException | IndexOutOfBoundsException | DateTimeParseException e) {
                errors.rejectValue("nonconformities", "certification.nonconformity.line", new Object[] { line },
                        "certification.nonconformity.line");
            }
        }
        return findings;
    }

    @PostMapping("/{id}/status")
    @PreAuthorize(ENTER)
    String changeStatus(@PathVariable UUID id, @Valid @ModelAttribute("statusForm") StatusForm form,
            BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                certification.changeCertificateStatus(new CertificateId(id), form.status(), form.effectiveOn());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/certification/certificates/" + id;
            } catch (BusinessRuleViolation violation) {
                FormErrors.reject(errors, violation);
            }
        }
        response.setStatus(422);
        return details(id, model);
    }

    @GetMapping("/import")
    @PreAuthorize(ENTER)
    String importForm(Model model) {
        model.addAttribute("columns", CertificateFile.COLUMNS);
        return "certification/import";
    }

    @PostMapping("/import")
    @PreAuthorize(ENTER)
    String importFile(@RequestParam("file") MultipartFile file, Model model, HttpServletResponse response)
            throws IOException {
        model.addAttribute("columns", CertificateFile.COLUMNS);
        var name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        if (file.isEmpty() || !(name.toLowerCase(Locale.ROOT).endsWith(".csv") || CertificateFile.isSpreadsheet(name))) {
            response.setStatus(422);
            model.addAttribute("fileError", "certification.import.file-type");
            return "certification/import";
        }
        try {
            model.addAttribute("result", certification.importCertificates(name, file.getBytes()));
        } catch (BulkLoadRefused refused) {
            response.setStatus(422);
            var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
            model.addAttribute("refusal", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
            model.addAttribute("problems", refused.problems().stream().map(p -> new CertificationApiController.Problem(
                    p.row(), p.column(), messages.getMessage(p.messageKey(), p.arguments().toArray(), p.messageKey(),
                            locale))).toList());
        }
        return "certification/import";
    }

    @GetMapping("/unmatched")
    @PreAuthorize("hasAuthority('certification:manage')")
    String unmatched(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("certificates", certification.unmatchedCertificates(new PageQuery(page, PageQuery.DEFAULT_SIZE)));
        if (!model.containsAttribute("matchForm")) {
            model.addAttribute("matchForm", new MatchForm(null));
        }
        return "certification/unmatched";
    }

    @PostMapping("/{id}/match")
    @PreAuthorize("hasAuthority('certification:manage')")
    String match(@PathVariable UUID id, @Valid @ModelAttribute("matchForm") MatchForm form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            var company = certification.companyByLegalName(form.companyName());
            if (company.isEmpty()) {
                errors.rejectValue("companyName", "certification.certificate.company.not-a-company");
            } else {
                try {
                    certification.matchCertificate(new CertificateId(id), company.get());
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/certification/certificates/unmatched";
                } catch (BusinessRuleViolation violation) {
                    FormErrors.reject(errors, violation);
                }
            }
        }
        response.setStatus(422);
        var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        model.addAttribute("matchErrors", errors.getAllErrors().stream()
                .map(error -> messages.getMessage(error, locale)).toList());
        return unmatched(0, model);
    }

    private static List<String> list(@Nullable String text) {
        return list(text, "[;,|\\s]+");
    }

    private static List<String> list(@Nullable String text, String separator) {
        return text == null ? List.of() : Arrays.stream(text.split(separator)).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
