package org.custodes.membership.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.custodes.membership.MembershipApplicationDetails;
import org.custodes.membership.ApplicationId;
import org.custodes.membership.application.ApplicationIncomplete;
import org.custodes.membership.application.ApplicationStep;
import org.custodes.membership.application.MembershipDocumentId;
import org.custodes.membership.MembershipService;
import org.custodes.organisation.SecurityService;
import org.custodes.shared.BusinessRuleViolation;
import org.custodes.shared.FormErrors;
import org.custodes.shared.NotFound;
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

/** The applicant's side of an application: the multi-step form with drafts, documents, submission and answers. */
@Controller
@RequestMapping("/membership/applications")
class MembershipApplicationPageController {

    private final MembershipService membership;

    MembershipApplicationPageController(MembershipService membership) {
        this.membership = membership;
    }

    @PostMapping
    @PreAuthorize("hasAuthority('membership:apply')")
    String start(RedirectAttributes flash) {
        try {
            var application = membership.startApplication();
            return "redirect:/membership/applications/" + application.id() + "/steps/" + ApplicationStep.ORGANISATION.slug();
        } catch (BusinessRuleViolation refused) {
            // A member, or an organisation with an application open (a second tab, a double click): say so, not 500.
            flash.addFlashAttribute("refused", refused.messageKey());
            return "redirect:/membership/mine";
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyAuthority('membership:read', 'membership:apply')")
    String show(@PathVariable UUID id, Model model) {
        return ApplicationView.show(membership.application(new ApplicationId(id)), model);
    }

    @GetMapping("/{id}/steps/{step}")
    @PreAuthorize("hasAuthority('membership:apply')")
    String step(@PathVariable UUID id, @PathVariable String step, Model model) {
        var application = membership.application(new ApplicationId(id));
        if (!application.status().editable()) {
            return "redirect:/membership/applications/" + id;
        }
        model.addAttribute("form", ApplicationStepForm.of(application.form()));
        return stepPage(application, step(step), model);
    }

    @PostMapping("/{id}/steps/{step}")
    @PreAuthorize("hasAuthority('membership:apply')")
    String saveStep(@PathVariable UUID id, @PathVariable String step, @Valid @ModelAttribute("form") ApplicationStepForm form,
            BindingResult errors, @RequestParam(name = "action", defaultValue = "next") String action, Model model,
            HttpServletResponse response) {
        var current = step(step);
        var applicationId = new ApplicationId(id);
        form.checkCountries(errors);
        if (!errors.hasErrors()) {
            try {
                membership.saveStep(applicationId, current, form.toForm());
                if ("save".equals(action)) {
                    return "redirect:/membership/applications/" + id + "/steps/" + current.slug() + "?saved";
                }
                return current.next().map(next -> "redirect:/membership/applications/" + id + "/steps/" + next.slug())
                        .orElse("redirect:/membership/applications/" + id + "/submission");
            } catch (BusinessRuleViolation violation) {
                FormErrors.reject(errors, violation);
            }
        }
        response.setStatus(422);
        return stepPage(membership.application(applicationId), current, model);
    }

    @PostMapping("/{id}/documents")
    @PreAuthorize("hasAuthority('membership:apply')")
    String upload(@PathVariable UUID id, @RequestParam("file") MultipartFile file, Model model,
            HttpServletResponse response) throws IOException {
        var applicationId = new ApplicationId(id);
        try {
            membership.uploadDocument(applicationId, file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
                    file.getBytes());
            return "redirect:/membership/applications/" + id + "/steps/" + ApplicationStep.POLICIES.slug() + "?uploaded";
        } catch (BusinessRuleViolation violation) {
            var application = membership.application(applicationId);
            model.addAttribute("form", ApplicationStepForm.of(application.form()));
            model.addAttribute("documentError", violation);
            response.setStatus(422);
            return stepPage(application, ApplicationStep.POLICIES, model);
        }
    }

    /** Served as an attachment that the browser may not sniff, so an upload can never run as a page of ours. */
    @GetMapping("/{id}/documents/{document}")
    @PreAuthorize("hasAnyAuthority('membership:apply', 'membership:review', 'membership:decide')")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID document) {
        var file = membership.document(new ApplicationId(id), new MembershipDocumentId(document));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.filename(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(file.content());
    }

    @GetMapping("/{id}/submission")
    @PreAuthorize("hasAuthority('membership:apply')")
    String submission(@PathVariable UUID id, Model model) {
        var application = membership.application(new ApplicationId(id));
        model.addAttribute("app", application);
        model.addAttribute("missing", application.missing());
        model.addAttribute("steps", ApplicationStep.values());
        return "membership/application-submission";
    }

    @PostMapping("/{id}/submission")
    @PreAuthorize("hasAuthority('membership:apply')")
    String submit(@PathVariable UUID id, Model model, HttpServletResponse response) {
        var applicationId = new ApplicationId(id);
        try {
            membership.submit(applicationId);
            return "redirect:/membership/applications/" + id + "?submitted";
        } catch (ApplicationIncomplete incomplete) {
            model.addAttribute("missing", incomplete.missing());
            model.addAttribute("refused", true);
        } catch (BusinessRuleViolation violation) {
            model.addAttribute("missing", List.of());
            model.addAttribute("violation", violation);
        }
        model.addAttribute("app", membership.application(applicationId));
        model.addAttribute("steps", ApplicationStep.values());
        response.setStatus(422);
        return "membership/application-submission";
    }

    @PostMapping("/{id}/answer")
    @PreAuthorize("hasAuthority('membership:apply')")
    String answer(@PathVariable UUID id, @Valid @ModelAttribute("answerForm") TextForm form, BindingResult errors,
            Model model, HttpServletResponse response) {
        var applicationId = new ApplicationId(id);
        if (FormErrors.succeeded(errors, response,
                () -> membership.answerInformationRequest(applicationId, form.text()))) {
            return "redirect:/membership/applications/" + id + "?answered";
        }
        return ApplicationView.show(membership.application(applicationId), model);
    }

    private String stepPage(MembershipApplicationDetails application, ApplicationStep step, Model model) {
        model.addAttribute("app", application);
        model.addAttribute("step", step);
        model.addAttribute("steps", ApplicationStep.values());
        model.addAttribute("allServices", SecurityService.values());
        model.addAttribute("stepMissing", application.missing().stream().filter(m -> m.step() == step).toList());
        return "membership/application-step";
    }

    private static ApplicationStep step(String slug) {
        return ApplicationStep.fromSlug(slug).orElseThrow(() -> new NotFound("step", slug));
    }
}
