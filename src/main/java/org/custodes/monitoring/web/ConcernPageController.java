package org.custodes.monitoring.web;

import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.custodes.monitoring.ConcernCategory;
import org.custodes.monitoring.concern.ConcernDetails;
import org.custodes.monitoring.ConcernId;
import org.custodes.monitoring.concern.ConcernOrigin;
import org.custodes.monitoring.concern.ConcernStage;
import org.custodes.monitoring.FindingId;
import org.custodes.monitoring.finding.FindingResponse;
import org.custodes.monitoring.finding.FindingSeverity;
import org.custodes.monitoring.MonitoringService;
import org.custodes.monitoring.ObservationId;
import org.custodes.monitoring.concern.OpenConcern;
import org.custodes.monitoring.finding.RecordFinding;
import org.custodes.shared.Actor;
import org.custodes.shared.BusinessRuleViolation;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;
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

/**
 * Compliance concerns: the list by stage (the secretariat and the Board) or a company's own, opening one, and a
 * concern with its dialogue and the steps of the escalation path.
 */
@Controller
@RequestMapping("/monitoring/concerns")
class ConcernPageController {

    private final MonitoringService monitoring;

    ConcernPageController(MonitoringService monitoring) {
        this.monitoring = monitoring;
    }

    @GetMapping
    @PreAuthorize("hasAnyAuthority('monitoring:read', 'monitoring:respond')")
    String list(Model model) {
        var concerns = monitoring.concerns();
        model.addAttribute("concerns", concerns);
        model.addAttribute("stages", ConcernStage.values());
        model.addAttribute("byStage", Arrays.stream(ConcernStage.values()).collect(Collectors.toMap(Function.identity(),
                stage -> concerns.stream().filter(c -> c.stage() == stage).count())));
        model.addAttribute("internal", can("monitoring:read"));
        model.addAttribute("canOpen", can("monitoring:handle"));
        return "monitoring/concerns";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('monitoring:handle')")
    String form(@RequestParam(required = false) @Nullable UUID observation, Model model) {
        var form = new OpenConcernForm(null, null, observation == null ? ConcernOrigin.DIRECT : ConcernOrigin.OBSERVATION,
                null, null, null, observation);
        if (observation != null) {
            var seen = monitoring.observation(new ObservationId(observation));
            form = new OpenConcernForm(seen.company() == null ? null : seen.company().value(), null,
                    ConcernOrigin.OBSERVATION, seen.reference(), null,
                    seen.codeParagraphs().stream().map(String::valueOf).collect(Collectors.joining(", ")), observation);
        }
        return formPage(form, model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('monitoring:handle')")
    String open(@Valid @ModelAttribute("concernForm") OpenConcernForm form, BindingResult errors, Model model,
            HttpServletResponse response) {
        var paragraphs = CodeParagraphList.parse(form.codeParagraphs(), "codeParagraphs", errors);
        if (!errors.hasErrors()) {
            try {
                var id = monitoring.openConcern(new OpenConcern(new OrganisationId(form.company()), form.category(),
                        form.origin(), form.originReference(), form.summary(), paragraphs),
                        form.observation() == null ? null : new ObservationId(form.observation()));
                return "redirect:/monitoring/concerns/" + id + "?opened";
            } catch (BusinessRuleViolation violation) {
                RuleErrors.reject(violation, errors);
            }
        }
        response.setStatus(422);
        return formPage(form, model);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyAuthority('monitoring:read', 'monitoring:respond')")
    String show(@PathVariable UUID id, Model model) {
        return showPage(monitoring.concern(new ConcernId(id)), model);
    }

    @PostMapping("/{id}/messages")
    @PreAuthorize("hasAnyAuthority('monitoring:handle', 'monitoring:respond')")
    String post(@PathVariable UUID id, @Valid @ModelAttribute("messageForm") ConcernMessageForm form,
            BindingResult errors, Model model, HttpServletResponse response) {
        return attempt(id, "posted", errors, model, response,
                () -> monitoring.post(new ConcernId(id), form.text(), Boolean.TRUE.equals(form.shared())));
    }

    @PostMapping("/{id}/dialogue")
    @PreAuthorize("hasAuthority('monitoring:handle')")
    String startDialogue(@PathVariable UUID id, Model model, HttpServletResponse response) {
        var concern = new ConcernId(id);
        try {
            monitoring.startDialogue(concern);
            return "redirect:/monitoring/concerns/" + id + "?moved";
        } catch (BusinessRuleViolation violation) {
            response.setStatus(422);
            model.addAttribute("refusal", violation);
            return showPage(monitoring.concern(concern), model);
        }
    }

    @PostMapping("/{id}/recommendations")
    @PreAuthorize("hasAuthority('monitoring:handle')")
    String recommend(@PathVariable UUID id, @Valid @ModelAttribute("stepForm") ConcernStepForm form,
            BindingResult errors, Model model, HttpServletResponse response) {
        model.addAttribute("failedStep", "recommendations");
        return attempt(id, "moved", errors, model, response, () -> monitoring.recommend(new ConcernId(id), form.text()));
    }

    @PostMapping("/{id}/resolution")
    @PreAuthorize("hasAuthority('monitoring:handle')")
    String resolve(@PathVariable UUID id, @Valid @ModelAttribute("stepForm") ConcernStepForm form,
            BindingResult errors, Model model, HttpServletResponse response) {
        model.addAttribute("failedStep", "resolution");
        return attempt(id, "moved", errors, model, response, () -> monitoring.resolve(new ConcernId(id), form.text()));
    }

    @PostMapping("/{id}/referral")
    @PreAuthorize("hasAuthority('monitoring:refer')")
    String refer(@PathVariable UUID id, @Valid @ModelAttribute("stepForm") ConcernStepForm form,
            BindingResult errors, Model model, HttpServletResponse response) {
        model.addAttribute("failedStep", "referral");
        return attempt(id, "moved", errors, model, response,
                () -> monitoring.referToBoard(new ConcernId(id), form.text()));
    }

    @PostMapping("/{id}/findings")
    @PreAuthorize("hasAuthority('monitoring:handle')")
    String recordFinding(@PathVariable UUID id, @Valid @ModelAttribute("findingForm") RecordFindingForm form,
            BindingResult errors, Model model, HttpServletResponse response) {
        return attempt(id, "finding", errors, model, response, () -> monitoring.recordFinding(new ConcernId(id),
                new RecordFinding(form.codeParagraph(), form.severity(), form.statement(), form.evidence())));
    }

    @PostMapping("/{id}/findings/{finding}/response")
    @PreAuthorize("hasAuthority('monitoring:respond')")
    String answerFinding(@PathVariable UUID id, @PathVariable UUID finding,
            @Valid @ModelAttribute("answerForm") AnswerFindingForm form, BindingResult errors, Model model,
            HttpServletResponse response) {
        model.addAttribute("failedFinding", finding);
        return attempt(id, "answered", errors, model, response, () -> monitoring.answerFinding(new ConcernId(id),
                new FindingId(finding), form.response(), form.reasons()));
    }

    /**
     * Makes a change the form asked for and shows the concern again: with the success note, or with 422 and the
     * form's errors (the form stays in the model, bound), nothing saved.
     */
    private String attempt(UUID id, String done, BindingResult errors, Model model, HttpServletResponse response,
            Runnable change) {
        if (!errors.hasErrors()) {
            try {
                change.run();
                return "redirect:/monitoring/concerns/" + id + "?" + done;
            } catch (BusinessRuleViolation violation) {
                RuleErrors.reject(violation, errors);
            }
        }
        response.setStatus(422);
        return showPage(monitoring.concern(new ConcernId(id)), model);
    }

    private String formPage(OpenConcernForm form, Model model) {
        model.addAttribute("concernForm", form);
        model.addAttribute("companies", monitoring.companies());
        model.addAttribute("categories", ConcernCategory.values());
        model.addAttribute("origins", ConcernOrigin.values());
        return "monitoring/concern-new";
    }

    private String showPage(ConcernDetails concern, Model model) {
        model.addAttribute("concern", concern);
        defaults(model, "messageForm", new ConcernMessageForm(null, null));
        defaults(model, "stepForm", new ConcernStepForm(null));
        defaults(model, "findingForm", new RecordFindingForm(null, null, null, null));
        defaults(model, "answerForm", new AnswerFindingForm(null, null));
        var handles = can("monitoring:handle");
        model.addAttribute("canWrite", !concern.stage().closed() && (handles || concern.stage().inDialogue()));
        model.addAttribute("canShare", handles);
        model.addAttribute("canStartDialogue", handles && concern.stage().next().contains(ConcernStage.DIALOGUE));
        model.addAttribute("canRecommend", handles && concern.stage().next().contains(ConcernStage.RECOMMENDATIONS));
        model.addAttribute("canResolve", handles && concern.stage().next().contains(ConcernStage.RESOLVED));
        model.addAttribute("severities", FindingSeverity.values());
        model.addAttribute("answers", java.util.List.of(FindingResponse.ACKNOWLEDGED, FindingResponse.DISPUTED));
        model.addAttribute("canRecordFinding", handles && !concern.stage().closed());
        model.addAttribute("canAnswer", can("monitoring:respond"));
        model.addAttribute("canRefer", can("monitoring:refer")
                && concern.stage().next().contains(ConcernStage.REFERRED_TO_BOARD));
        return "monitoring/concern";
    }

    private static void defaults(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }

    private static boolean can(String permission) {
        return Actor.current().map(actor -> actor.can(permission)).orElse(false);
    }
}
