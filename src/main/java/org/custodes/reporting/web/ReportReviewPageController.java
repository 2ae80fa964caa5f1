package org.custodes.reporting.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.custodes.reporting.questionnaire.AnswerRefused;
import org.custodes.reporting.ReportDetails;
import org.custodes.reporting.ReportId;
import org.custodes.reporting.ReportRefused;
import org.custodes.reporting.ReportingService;
import org.custodes.shared.BusinessRuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Review of a submitted report: year-over-year differences, comments, clarification of chosen items, acceptance. */
@Controller
@RequestMapping("/reporting/reports/{id}/review")
class ReportReviewPageController {

    private static final int UNPROCESSABLE = 422;

    private final ReportingService reporting;
    private final ReportingTexts texts;

    ReportReviewPageController(ReportingService reporting, ReportingTexts texts) {
        this.reporting = reporting;
        this.texts = texts;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('reporting:review')")
    String review(@PathVariable UUID id, @RequestParam(required = false) @Nullable String section,
            @RequestParam(defaultValue = "false") boolean changedOnly, Model model) {
        return page(model, reporting.report(new ReportId(id)), section, changedOnly);
    }

    @PostMapping("/comments")
    @PreAuthorize("hasAuthority('reporting:review')")
    String comment(@PathVariable UUID id, @RequestParam String item, @RequestParam String body, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        var report = new ReportId(id);
        try {
            reporting.comment(report, item, body);
            redirect.addFlashAttribute("saved", "reporting.review.commented");
            return "redirect:/reporting/reports/" + id + "/review?section=" + sectionOf(report, item) + "#item-" + item;
        } catch (AnswerRefused refused) {
            return refused(model, response, report, refused, sectionOf(report, item));
        }
    }

    @PostMapping("/clarification")
    @PreAuthorize("hasAuthority('reporting:review')")
    String clarify(@PathVariable UUID id, @RequestParam(required = false) @Nullable List<String> items,
            @RequestParam(required = false) @Nullable String note, @RequestParam(required = false) @Nullable String section,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        var report = new ReportId(id);
        try {
            reporting.requestClarification(report, new LinkedHashSet<>(items == null ? List.of() : items), note);
            redirect.addFlashAttribute("saved", "reporting.review.clarification-requested");
            return "redirect:/reporting/reports/" + id + "/review";
        } catch (ReportRefused refused) {
            return refused(model, response, report, refused, section);
        }
    }

    @PostMapping("/acceptance")
    @PreAuthorize("hasAuthority('reporting:review')")
    String accept(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean satisfactory, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        var report = new ReportId(id);
        try {
            reporting.accept(report, satisfactory);
            redirect.addFlashAttribute("saved", "reporting.review.accepted");
            return "redirect:/reporting/reports/" + id + "/review";
        } catch (ReportRefused refused) {
            return refused(model, response, report, refused, null);
        }
    }

    private String refused(Model model, HttpServletResponse response, ReportId report, BusinessRuleViolation refused,
            @Nullable String section) {
        response.setStatus(UNPROCESSABLE);
        model.addAttribute("refusal", texts.of(refused));
        return page(model, reporting.report(report), section, false);
    }

    private String sectionOf(ReportId report, String item) {
        return reporting.report(report).item(item).map(i -> i.indicator().sectionCode()).orElse("");
    }

    private String page(Model model, ReportDetails details, @Nullable String section, boolean changedOnly) {
        var chosen = section != null ? details.section(section).orElse(null) : null;
        if (chosen == null) {
            chosen = details.sections().getFirst();
        }
        model.addAttribute("details", details);
        model.addAttribute("report", details.report());
        model.addAttribute("section", chosen);
        model.addAttribute("changedOnly", changedOnly);
        model.addAttribute("items", chosen.items().stream()
                .filter(i -> !changedOnly || i.change() == org.custodes.reporting.report.Change.CHANGED
                        || i.change() == org.custodes.reporting.report.Change.NEW).toList());
        return "reporting/review";
    }
}
