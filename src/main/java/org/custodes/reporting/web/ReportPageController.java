package org.custodes.reporting.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.custodes.reporting.questionnaire.AnswerInput;
import org.custodes.reporting.questionnaire.AnswerRefused;
import org.custodes.reporting.EvidenceId;
import org.custodes.reporting.ReportDetails;
import org.custodes.reporting.ReportId;
import org.custodes.reporting.ReportRefused;
import org.custodes.reporting.ReportStatus;
import org.custodes.reporting.ReportingService;
import org.custodes.reporting.questionnaire.SpreadsheetRefused;
import org.custodes.shared.Language;
import org.custodes.shared.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A company's reports: the overview with progress, one page per section where each item saves on its own, evidence
 * files, last year's answers, the spreadsheet round trip and submission. Reviewers and readers see the same pages
 * without the forms.
 */
@Controller
@RequestMapping("/reporting")
class ReportPageController {

    private static final int UNPROCESSABLE = 422;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ReportingService reporting;
    private final ReportingTexts texts;

    ReportPageController(ReportingService reporting, ReportingTexts texts) {
        this.reporting = reporting;
        this.texts = texts;
    }

    @GetMapping
    @PreAuthorize("hasAnyAuthority('reporting:fill', 'reporting:read', 'reporting:review')")
    String home(Model model) {
        if (!ReportingTexts.holds("reporting:fill")) {
            return "redirect:/reporting/campaigns";
        }
        model.addAttribute("reports", reporting.myReports());
        return "reporting/my-reports";
    }

    @GetMapping("/reports/{id}")
    @PreAuthorize("hasAnyAuthority('reporting:fill', 'reporting:review', 'reporting:read')")
    String report(@PathVariable UUID id, Model model) {
        return overview(model, reporting.report(new ReportId(id)));
    }

    @GetMapping("/reports/{id}/sections/{section}")
    @PreAuthorize("hasAnyAuthority('reporting:fill', 'reporting:review', 'reporting:read')")
    String section(@PathVariable UUID id, @PathVariable String section, Model model) {
        return section(model, reporting.report(new ReportId(id)), section);
    }

    @PostMapping("/reports/{id}/items/{code}")
    @PreAuthorize("hasAuthority('reporting:fill')")
    String answer(@PathVariable UUID id, @PathVariable String code, @RequestParam MultiValueMap<String, String> form,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        var report = new ReportId(id);
        var input = ItemInputs.of(form);
        try {
            var item = reporting.saveAnswer(report, code, input);
            redirect.addFlashAttribute("savedItem", code);
            return "redirect:/reporting/reports/" + id + "/sections/" + item.indicator().sectionCode() + "#item-" + code;
        } catch (AnswerRefused refused) {
            response.setStatus(UNPROCESSABLE);
            return failed(model, report, code, input, texts.of(refused));
        }
    }

    @PostMapping("/reports/{id}/items/{code}/evidence")
    @PreAuthorize("hasAuthority('reporting:fill')")
    String attach(@PathVariable UUID id, @PathVariable String code, @RequestParam("file") MultipartFile file,
            Model model, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        var report = new ReportId(id);
        try {
            reporting.attachEvidence(report, code, file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
                    file.getBytes());
            redirect.addFlashAttribute("savedItem", code);
            return "redirect:/reporting/reports/" + id + "/sections/" + sectionOf(report, code) + "#item-" + code;
        } catch (AnswerRefused refused) {
            response.setStatus(UNPROCESSABLE);
            return failed(model, report, code, null, texts.of(refused));
        }
    }

    @PostMapping("/reports/{id}/evidence/{evidence}/removal")
    @PreAuthorize("hasAuthority('reporting:fill')")
    String removeEvidence(@PathVariable UUID id, @PathVariable UUID evidence, @RequestParam String item,
            RedirectAttributes redirect) {
        var report = new ReportId(id);
        reporting.removeEvidence(report, new EvidenceId(evidence));
        redirect.addFlashAttribute("savedItem", item);
        return "redirect:/reporting/reports/" + id + "/sections/" + sectionOf(report, item) + "#item-" + item;
    }

    @GetMapping("/evidence/{evidence}")
    @PreAuthorize("hasAnyAuthority('reporting:fill', 'reporting:review')")
    ResponseEntity<byte[]> download(@PathVariable UUID evidence) {
        var file = reporting.evidence(new EvidenceId(evidence));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.filename(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .body(file.content());
    }

    @PostMapping("/reports/{id}/carry-over")
    @PreAuthorize("hasAuthority('reporting:fill')")
    String carryOver(@PathVariable UUID id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        var report = new ReportId(id);
        try {
            redirect.addFlashAttribute("carried", reporting.carryOver(report));
            return "redirect:/reporting/reports/" + id;
        } catch (ReportRefused refused) {
            response.setStatus(UNPROCESSABLE);
            model.addAttribute("refusal", texts.of(refused));
            return overview(model, reporting.report(report));
        }
    }

    @GetMapping("/reports/{id}/questionnaire.xlsx")
    @PreAuthorize("hasAuthority('reporting:fill')")
    ResponseEntity<byte[]> questionnaire(@PathVariable UUID id, Locale locale) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("self-assessment-" + id + ".xlsx").build().toString())
                .contentType(MediaType.parseMediaType(XLSX))
                .body(reporting.questionnaireSpreadsheet(new ReportId(id), Language.of(locale)));
    }

    @PostMapping("/reports/{id}/questionnaire")
    @PreAuthorize("hasAuthority('reporting:fill')")
    String upload(@PathVariable UUID id, @RequestParam("file") MultipartFile file, Model model,
            HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        var report = new ReportId(id);
        try {
            redirect.addFlashAttribute("uploaded", reporting.uploadSpreadsheet(report, file.getBytes()));
            return "redirect:/reporting/reports/" + id;
        } catch (SpreadsheetRefused refused) {
            response.setStatus(UNPROCESSABLE);
            model.addAttribute("refusal", texts.of(refused));
            model.addAttribute("cellProblems", refused.problems());
            return overview(model, reporting.report(report));
        }
    }

    @PostMapping("/reports/{id}/submission")
    @PreAuthorize("hasAuthority('reporting:fill')")
    String submit(@PathVariable UUID id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        var report = new ReportId(id);
        try {
            reporting.submit(report);
            redirect.addFlashAttribute("submitted", true);
            return "redirect:/reporting/reports/" + id;
        } catch (ReportRefused refused) {
            response.setStatus(UNPROCESSABLE);
            model.addAttribute("refusal", texts.of(refused));
            model.addAttribute("itemProblems", refused.problems().stream().limit(50).toList());
            return overview(model, reporting.report(report));
        }
    }

    @GetMapping("/reports/{id}/feedback")
    @PreAuthorize("hasAnyAuthority('reporting:fill', 'reporting:review', 'reporting:read')")
    String feedback(@PathVariable UUID id, Model model, HttpServletResponse response) {
        var report = new ReportId(id);
        try {
            model.addAttribute("feedback", reporting.feedback(report));
            return "reporting/feedback";
        } catch (ReportRefused refused) {
            response.setStatus(UNPROCESSABLE);
            model.addAttribute("refusal", texts.of(refused));
            return overview(model, reporting.report(report));
        }
    }

    private String sectionOf(ReportId report, String code) {
        return reporting.report(report).item(code).orElseThrow(() -> new NotFound("indicator", code))
                .indicator().sectionCode();
    }

    private String failed(Model model, ReportId report, String code, @Nullable AnswerInput input, String message) {
        var details = reporting.report(report);
        var item = details.item(code).orElseThrow(() -> new NotFound("indicator", code));
        model.addAttribute("failedCode", code);
        model.addAttribute("failedMessage", message);
        model.addAttribute("failedValues", input == null ? List.of() : input.values());
        model.addAttribute("failedRows", input == null ? List.of() : input.rows());
        return section(model, details, item.indicator().sectionCode());
    }

    private String overview(Model model, ReportDetails details) {
        var status = details.report().status();
        var staff = ReportingTexts.holds("reporting:review") || ReportingTexts.holds("reporting:read");
        model.addAttribute("details", details);
        model.addAttribute("report", details.report());
        model.addAttribute("canReview", ReportingTexts.holds("reporting:review") && status != ReportStatus.DRAFT);
        model.addAttribute("canFeedback", staff ? status != ReportStatus.DRAFT : status == ReportStatus.ACCEPTED);
        return "reporting/report";
    }

    private String section(Model model, ReportDetails details, String code) {
        var section = details.section(code).orElseThrow(() -> new NotFound("section", code));
        model.addAttribute("details", details);
        model.addAttribute("report", details.report());
        model.addAttribute("section", section);
        var position = details.sections().indexOf(section);
        model.addAttribute("previousSection", position > 0 ? details.sections().get(position - 1).section() : null);
        model.addAttribute("nextSection", position + 1 < details.sections().size() ? details.sections().get(position + 1).section() : null);
        return "reporting/section";
    }
}
