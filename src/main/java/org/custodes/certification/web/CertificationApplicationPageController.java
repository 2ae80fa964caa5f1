package org.custodes.certification.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.custodes.certification.CertificateId;
import org.custodes.certification.CertificateStatus;
import org.custodes.certification.CertificationId;
import org.custodes.certification.CertificationRuleViolated;
import org.custodes.certification.CertificationService;
import org.custodes.certification.application.ChecklistItem;
import org.custodes.certification.application.DecideApplication;
import org.custodes.certification.application.Decision;
import org.custodes.certification.application.CertificationDocumentId;
import org.custodes.certification.application.DocumentKind;
import org.custodes.certification.application.OpenApplication;
import org.custodes.certification.cycle.Redaction;
import org.custodes.certification.application.UploadDocument;
import org.custodes.shared.BusinessRuleViolation;
import org.custodes.shared.FormErrors;
import org.custodes.shared.Language;
import org.custodes.shared.PageQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * Certification applications: the company opens one on its certificate, uploads its files, submits and answers
 * questions; the secretariat reviews with the checklist, asks for information and decides.
 */
@Controller
@RequestMapping("/certification/applications")
class CertificationApplicationPageController {

    private static final String VIEW = "hasAnyAuthority('certification:read', 'certification:manage', 'certification:apply')";

    record OpenForm(@NotNull(message = "{certification.form.required}") @Nullable UUID certificate,
            @NotBlank(message = "{certification.form.required}") @Email(message = "{certification.form.email}") @Size(max = 254) @Nullable String contactEmail) {
    }

    record UploadForm(@NotNull(message = "{certification.form.required}") @Nullable DocumentKind kind,
            @Nullable Integer annexBItem, @Size(max = 20_000) @Nullable String redactions) {
    }

    record TextForm(@NotBlank(message = "{certification.form.required}") @Size(max = 10_000) @Nullable String text) {
    }

    record DecisionForm(@NotNull(message = "{certification.form.required}") @Nullable Decision decision,
            @NotBlank(message = "{certification.form.required}") @Size(max = 100) @Nullable String decisionReference,
            @Size(max = 10_000) @Nullable String reasons, @Nullable Set<ChecklistItem> confirmedChecks) {
    }

    private final CertificationService certification;

    CertificationApplicationPageController(CertificationService certification) {
        this.certification = certification;
    }

    @GetMapping
    @PreAuthorize(VIEW)
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("applications", certification.applications(new PageQuery(page, PageQuery.DEFAULT_SIZE)));
        return "certification/applications";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('certification:apply')")
    String create(Model model) {
        model.addAttribute("form", new OpenForm(null, null));
        return openForm(model);
    }

    private String openForm(Model model) {
        model.addAttribute("certificates", certification.ownCertificates().stream()
                .filter(c -> c.status() == CertificateStatus.ACTIVE).toList());
        return "certification/application-new";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('certification:apply')")
    String open(@Valid @ModelAttribute("form") OpenForm form, BindingResult errors, Model model,
            HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                var id = certification.openApplication(new OpenApplication(new CertificateId(form.certificate()),
                        form.contactEmail(), Language.of(LocaleContextHolder.getLocale())));
                return "redirect:/certification/applications/" + id;
            } catch (BusinessRuleViolation violation) {
                FormErrors.reject(errors, violation);
            }
        }
        response.setStatus(422);
        return openForm(model);
    }

    @GetMapping("/{id}")
    @PreAuthorize(VIEW)
    String details(@PathVariable UUID id, Model model) {
        var application = certification.application(new CertificationId(id));
        model.addAttribute("applicationDetails", application);
        model.addAttribute("documentKinds", DocumentKind.values());
        if (certification.callerSeesEveryBody()) {
            model.addAttribute("checklist", certification.checklist(new CertificationId(id)));
        }
        addIfMissing(model, "uploadForm", new UploadForm(null, null, null));
        addIfMissing(model, "questionForm", new TextForm(null));
        addIfMissing(model, "answerForm", new TextForm(null));
        addIfMissing(model, "decisionForm", new DecisionForm(null, null, null, Set.of()));
        return "certification/application";
    }

    private static void addIfMissing(Model model, String name, Object value) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, value);
        }
    }

    @PostMapping("/{id}/documents")
    @PreAuthorize("hasAuthority('certification:apply')")
    String upload(@PathVariable UUID id, @Valid @ModelAttribute("uploadForm") UploadForm form, BindingResult errors,
            @RequestParam("file") MultipartFile file, Model model, HttpServletResponse response,
            RedirectAttributes redirect) throws IOException {
        var redactions = redactions(form.redactions(), errors);
        if (!errors.hasErrors()) {
            try {
                certification.uploadDocument(new CertificationId(id), new UploadDocument(form.kind(), form.annexBItem(),
                        file.getOriginalFilename() == null ? "" : file.getOriginalFilename(), file.getBytes(), redactions));
                redirect.addFlashAttribute("saved", true);
                return "redirect:/certification/applications/" + id;
            } catch (CertificationRuleViolated violation) {
                if ("file".equals(violation.field())) {
                    FormErrors.reject(errors, violation);
                    model.addAttribute("fileError", true);
                } else {
                    FormErrors.reject(errors, violation);
                }
            } catch (BusinessRuleViolation violation) {
                FormErrors.reject(errors, violation);
            }
        }
        response.setStatus(422);
        return details(id, model);
    }

    /** One redaction per line: where it is, a colon, and why it was made. */
    private static List<Redaction> redactions(@Nullable String text, BindingResult errors) {
        var redactions = new ArrayList<Redaction>();
        for (var line : (text == null ? "" : text).split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || line.substring(colon + 1).isBlank()) {
                errors.rejectValue("redactions", "certification.upload.redaction-unjustified");
                return List.of();
            }
            redactions.add(new Redaction(line.substring(0, colon).strip(), line.substring(colon + 1).strip()));
        }
        return redactions;
    }

    @PostMapping("/{id}/submission")
    @PreAuthorize("hasAuthority('certification:apply')")
    String submit(@PathVariable UUID id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            certification.submitApplication(new CertificationId(id));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/certification/applications/" + id;
        } catch (BusinessRuleViolation violation) {
            model.addAttribute("submitError", violation);
            response.setStatus(422);
            return details(id, model);
        }
    }

    @PostMapping("/{id}/information-requests")
    @PreAuthorize("hasAuthority('certification:manage')")
    String ask(@PathVariable UUID id, @Valid @ModelAttribute("questionForm") TextForm form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, errors, model, response, redirect,
                () -> certification.requestInformation(new CertificationId(id), form.text()));
    }

    @PostMapping("/{id}/answers")
    @PreAuthorize("hasAuthority('certification:apply')")
    String answer(@PathVariable UUID id, @Valid @ModelAttribute("answerForm") TextForm form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, errors, model, response, redirect,
                () -> certification.answerInformationRequest(new CertificationId(id), form.text()));
    }

    @PostMapping("/{id}/decision")
    @PreAuthorize("hasAuthority('certification:manage')")
    String decide(@PathVariable UUID id, @Valid @ModelAttribute("decisionForm") DecisionForm form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, errors, model, response, redirect, () -> certification.decide(new CertificationId(id),
                new DecideApplication(form.decision(), form.decisionReference(), form.reasons() == null ? "" : form.reasons(),
                        form.confirmedChecks() == null ? Set.of() : form.confirmedChecks())));
    }

    /**
     * The shape of every form that acts on an application: act when the form is valid, then back to the application;
     * otherwise (or when a rule refuses) the application page again with the errors, status 422.
     */
    private String act(UUID id, BindingResult errors, Model model, HttpServletResponse response,
            RedirectAttributes redirect, Runnable action) {
        if (!errors.hasErrors()) {
            try {
                action.run();
                redirect.addFlashAttribute("saved", true);
                return "redirect:/certification/applications/" + id;
            } catch (BusinessRuleViolation violation) {
                FormErrors.reject(errors, violation);
            }
        }
        response.setStatus(422);
        return details(id, model);
    }

    /** Files go out as attachments with their checked type and nosniff, so a browser never renders them inline. */
    @GetMapping("/{id}/documents/{document}")
    @PreAuthorize(VIEW)
    ResponseEntity<byte[]> document(@PathVariable UUID id, @PathVariable UUID document) {
        var stored = certification.document(new CertificationId(id), new CertificationDocumentId(document));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(stored.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(stored.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(stored.content());
    }
}
