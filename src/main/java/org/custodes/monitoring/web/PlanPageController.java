package org.custodes.monitoring.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.custodes.monitoring.FindingId;
import org.custodes.monitoring.actionplan.ActionId;
import org.custodes.monitoring.actionplan.ActionPlanDetails;
import org.custodes.monitoring.actionplan.ActionPlanId;
import org.custodes.monitoring.actionplan.ActionPlanService;
import org.custodes.monitoring.actionplan.FindingCategory;
import org.custodes.monitoring.actionplan.PlanStatus;
import org.custodes.monitoring.actionplan.VerificationMethod;
import org.custodes.shared.Actor;
import org.custodes.shared.BusinessRuleViolation;
import org.jspecify.annotations.Nullable;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Corrective action plans: the list (the secretariat and the Board every plan, a company its own, overdue actions
 * flagged), the company's proposal for one of its findings, and a plan with the secretariat's steps: accept or return
 * it, verify each action, set the finding's category and close it.
 */
@Controller
class PlanPageController {

    private final ActionPlanService plans;

    PlanPageController(ActionPlanService plans) {
        this.plans = plans;
    }

    @GetMapping("/monitoring/plans")
    @PreAuthorize("hasAnyAuthority('monitoring:read', 'monitoring:respond')")
    String list(Model model) {
        model.addAttribute("plans", plans.plans());
        model.addAttribute("internal", can("monitoring:read"));
        return "monitoring/plans";
    }

    @GetMapping("/monitoring/plans/{id}")
    @PreAuthorize("hasAnyAuthority('monitoring:read', 'monitoring:respond')")
    String show(@PathVariable UUID id, Model model) {
        return showPage(plans.plan(new ActionPlanId(id)), model);
    }

    /** The company's plan for its finding: the form, or the plan once proposed (the form again once returned). */
    @GetMapping("/monitoring/findings/{finding}/plan")
    @PreAuthorize("hasAuthority('monitoring:respond')")
    String proposal(@PathVariable UUID finding, Model model) {
        var existing = plans.planOf(new FindingId(finding));
        if (existing.isPresent() && existing.get().status() != PlanStatus.RETURNED) {
            return "redirect:/monitoring/plans/" + existing.get().id();
        }
        return proposePage(finding, ProposePlanForm.empty(), model);
    }

    @PostMapping("/monitoring/findings/{finding}/plan")
    @PreAuthorize("hasAuthority('monitoring:respond')")
    String propose(@PathVariable UUID finding, @Valid @ModelAttribute("planForm") ProposePlanForm form,
            BindingResult errors, Model model, HttpServletResponse response) {
        if (!errors.hasErrors()) {
            var filled = form.filled();
            try {
                var id = plans.propose(new FindingId(finding),
                        filled.stream().map(ProposePlanForm.Row::action).toList());
                return "redirect:/monitoring/plans/" + id + "?proposed";
            } catch (BusinessRuleViolation violation) {
                RuleErrors.reject(violation,
                        violation.field() == null ? null : ProposePlanForm.field(filled, violation.field()), errors);
            }
        }
        response.setStatus(422);
        return proposePage(finding, form, model);
    }

    @PostMapping("/monitoring/plans/{id}/acceptance")
    @PreAuthorize("hasAuthority('monitoring:handle')")
    String accept(@PathVariable UUID id, @Valid @ModelAttribute("stepForm") PlanStepForm form, BindingResult errors,
            Model model, HttpServletResponse response) {
        return attempt(id, "decision", errors, model, response, () -> plans.accept(new ActionPlanId(id)));
    }

    @PostMapping("/monitoring/plans/{id}/return")
    @PreAuthorize("hasAuthority('monitoring:handle')")
    String returnToCompany(@PathVariable UUID id, @Valid @ModelAttribute("stepForm") PlanStepForm form,
            BindingResult errors, Model model, HttpServletResponse response) {
        model.addAttribute("failedStep", "return");
        return attempt(id, "decision", errors, model, response,
                () -> plans.returnToCompany(new ActionPlanId(id), form.reason()));
    }

    @PostMapping("/monitoring/plans/{id}/actions/{action}/verification")
    @PreAuthorize("hasAuthority('monitoring:handle')")
    String verify(@PathVariable UUID id, @PathVariable UUID action,
            @Valid @ModelAttribute("stepForm") PlanStepForm form, BindingResult errors, Model model,
            HttpServletResponse response) {
        model.addAttribute("failedStep", "verify-" + action);
        return attempt(id, "verified", errors, model, response, () -> plans.verify(new ActionPlanId(id),
                new ActionId(action), form.reason() == null || form.reason().isBlank(), form.reason()));
    }

    @PostMapping("/monitoring/plans/{id}/category")
    @PreAuthorize("hasAuthority('monitoring:handle')")
    String categorise(@PathVariable UUID id, @Valid @ModelAttribute("stepForm") PlanStepForm form,
            BindingResult errors, Model model, HttpServletResponse response) {
        model.addAttribute("failedStep", "category");
        if (form.category() == null) {
            errors.rejectValue("category", "monitoring.form.required");
        }
        return attempt(id, "categorised", errors, model, response, () -> plans.categorise(
                plans.plan(new ActionPlanId(id)).finding(), java.util.Objects.requireNonNull(form.category())));
    }

    @PostMapping("/monitoring/plans/{id}/closure")
    @PreAuthorize("hasAuthority('monitoring:handle')")
    String close(@PathVariable UUID id, @Valid @ModelAttribute("stepForm") PlanStepForm form, BindingResult errors,
            Model model, HttpServletResponse response) {
        model.addAttribute("failedStep", "closure");
        return attempt(id, "closed", errors, model, response,
                () -> plans.close(new ActionPlanId(id), form.method(), form.records()));
    }

    /** The company's evidence for an action; the file is checked by its content and sealed at rest. */
    @PostMapping("/monitoring/plans/{id}/actions/{action}/evidence")
    @PreAuthorize("hasAuthority('monitoring:respond')")
    String upload(@PathVariable UUID id, @PathVariable UUID action,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model,
            HttpServletResponse response) throws IOException {
        try {
            plans.uploadEvidence(new ActionPlanId(id), new ActionId(action),
                    file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
                    file == null ? new byte[0] : file.getBytes());
            return "redirect:/monitoring/plans/" + id + "?uploaded";
        } catch (BusinessRuleViolation violation) {
            model.addAttribute("uploadError", violation);
            model.addAttribute("failedStep", "upload-" + action);
            response.setStatus(422);
            return showPage(plans.plan(new ActionPlanId(id)), model);
        }
    }

    /** Served as an attachment the browser may not sniff, so an upload can never run as a page of ours. */
    @GetMapping("/monitoring/plans/{id}/evidence/{evidence}")
    @PreAuthorize("hasAnyAuthority('monitoring:read', 'monitoring:respond')")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID evidence) {
        var file = plans.evidence(new ActionPlanId(id), evidence);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(file.content());
    }

    private String attempt(UUID id, String done, BindingResult errors, Model model, HttpServletResponse response,
            Runnable change) {
        if (!errors.hasErrors()) {
            try {
                change.run();
                return "redirect:/monitoring/plans/" + id + "?" + done;
            } catch (BusinessRuleViolation violation) {
                RuleErrors.reject(violation, errors);
            }
        }
        response.setStatus(422);
        return showPage(plans.plan(new ActionPlanId(id)), model);
    }

    private String proposePage(UUID finding, ProposePlanForm form, Model model) {
        model.addAttribute("finding", finding);
        model.addAttribute("returned", plans.planOf(new FindingId(finding)).orElse(null));
        model.addAttribute("planForm", form);
        model.addAttribute("rows", java.util.stream.IntStream.rangeClosed(1, ProposePlanForm.ROWS).boxed().toList());
        model.addAttribute("methods", VerificationMethod.values());
        return "monitoring/plan-new";
    }

    private String showPage(ActionPlanDetails plan, Model model) {
        model.addAttribute("plan", plan);
        if (!model.containsAttribute("stepForm")) {
            model.addAttribute("stepForm", PlanStepForm.empty());
        }
        var handles = can("monitoring:handle");
        model.addAttribute("canDecide", handles && plan.status() == PlanStatus.PROPOSED);
        model.addAttribute("canVerify", handles && plan.status().running());
        model.addAttribute("canClose", handles && plan.status().running());
        model.addAttribute("canCategorise", handles && plan.status() != PlanStatus.CLOSED);
        model.addAttribute("canUpload", can("monitoring:respond") && plan.status().running());
        model.addAttribute("canRevise", can("monitoring:respond") && plan.status() == PlanStatus.RETURNED);
        model.addAttribute("categories", FindingCategory.values());
        model.addAttribute("methods", VerificationMethod.values());
        return "monitoring/plan";
    }

    private static boolean can(String permission) {
        return Actor.current().map(actor -> actor.can(permission)).orElse(false);
    }
}
