package org.custodes.reporting.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.custodes.framework.LibraryVersionId;
import org.custodes.reporting.questionnaire.AnswerInput;
import org.custodes.reporting.analytics.CampaignAnalytics;
import org.custodes.reporting.CampaignId;
import org.custodes.reporting.CampaignStatus;
import org.custodes.reporting.campaign.CampaignSummary;
import org.custodes.reporting.report.Change;
import org.custodes.reporting.questionnaire.ItemView;
import org.custodes.reporting.campaign.OpenCampaign;
import org.custodes.reporting.ReportDetails;
import org.custodes.reporting.ReportId;
import org.custodes.reporting.ReportRefused;
import org.custodes.reporting.ReportSummary;
import org.custodes.reporting.ReportingService;
import org.custodes.reporting.questionnaire.SpreadsheetRefused;
import org.custodes.shared.Language;
import org.custodes.shared.NotFound;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Campaigns, reports and their answers as JSON; the questionnaire also travels as a spreadsheet. */
@RestController
@RequestMapping("/api/v1/reporting")
@Tag(name = "Reporting", description = "Yearly self-assessment: campaigns, answers, submission, analytics")
class ReportingApiController {

    private final ReportingService reporting;
    private final ReportingTexts texts;

    ReportingApiController(ReportingService reporting, ReportingTexts texts) {
        this.reporting = reporting;
        this.texts = texts;
    }

    record OpenCampaignRequest(@NotNull @Min(2000) @Max(9999) Integer year, @NotBlank @Size(max = 200) String title,
            @NotNull LocalDate opensOn, @NotNull LocalDate deadline, @NotNull @Min(0) @Max(365) Integer graceDays,
            @Nullable UUID library, @Nullable @Size(max = 5000) Set<UUID> companies) {
    }

    @GetMapping("/campaigns")
    @PreAuthorize("hasAnyAuthority('reporting:read', 'reporting:review', 'reporting:manage')")
    @Operation(summary = "Campaigns, newest first")
    List<CampaignSummary> campaigns() {
        return reporting.campaigns();
    }

    @PostMapping("/campaigns")
    @PreAuthorize("hasAuthority('reporting:manage')")
    @Operation(summary = "Open a campaign", description = "Without companies every organisation of kind COMPANY takes "
            + "part; without library the newest library version is used and frozen for the campaign.")
    @ApiResponse(responseCode = "201", description = "Opened")
    ResponseEntity<CampaignStatus> open(@Valid @RequestBody OpenCampaignRequest request) {
        var id = reporting.openCampaign(new OpenCampaign(request.year(), request.title(), request.opensOn(),
                request.deadline(), request.graceDays(), request.library() == null ? null : new LibraryVersionId(request.library()),
                request.companies() == null ? Set.of()
                        : request.companies().stream().map(OrganisationId::new).collect(Collectors.toSet())));
        return ResponseEntity.created(URI.create("/api/v1/reporting/campaigns/" + id)).body(reporting.campaignStatus(id));
    }

    @GetMapping("/campaigns/{id}")
    @PreAuthorize("hasAnyAuthority('reporting:read', 'reporting:review', 'reporting:manage')")
    @Operation(summary = "A campaign's status: every participant's report, late and non-submission flags")
    CampaignStatus campaign(@PathVariable UUID id) {
        return reporting.campaignStatus(new CampaignId(id));
    }

    record SectionScores(String section, int reports, @Nullable Integer average, List<Integer> buckets) {
    }

    record IndicatorAnswers(String indicator, Map<String, Integer> counts) {
    }

    record AnalyticsResponse(CampaignSummary campaign, int participants, int onTime, int late, int notSubmitted,
            int flaggedNotSubmitted, int submissionRatePercent, int timelinessPercent, List<SectionScores> sections,
            List<IndicatorAnswers> answers) {

        static AnalyticsResponse of(CampaignAnalytics a) {
            return new AnalyticsResponse(a.campaign(), a.participants(), a.onTime(), a.late(), a.notSubmitted(),
                    a.flaggedNotSubmitted(), a.submissionRatePercent(), a.timelinessPercent(),
                    a.sections().stream().map(s -> new SectionScores(s.section().code(), s.reports(), s.average(), s.buckets())).toList(),
                    a.answers().stream().map(d -> new IndicatorAnswers(d.indicator().code(), d.counts())).toList());
        }
    }

    @GetMapping("/campaigns/{id}/analytics")
    @PreAuthorize("hasAnyAuthority('reporting:read', 'reporting:review')")
    @Operation(summary = "Submission rate and timeliness, score distribution per section (buckets of 20 points), "
            + "answers per indicator")
    AnalyticsResponse analytics(@PathVariable UUID id) {
        return AnalyticsResponse.of(reporting.analytics(new CampaignId(id)));
    }

    @GetMapping("/reports")
    @PreAuthorize("hasAuthority('reporting:fill')")
    @Operation(summary = "The signed-in company's reports")
    List<ReportSummary> myReports() {
        return reporting.myReports();
    }

    record AnswerResponse(String indicator, String section, @Nullable String value, List<String> chosen,
            List<Map<String, String>> rows, boolean applicable, boolean required, boolean answered, boolean editable,
            List<String> problems, List<String> evidence, @Nullable String lastYearValue, Change change) {
    }

    record Progress(int required, int answeredRequired, int percent, int problems) {
    }

    record ReportResponse(ReportSummary report, Progress progress, Map<String, Progress> sections,
            List<AnswerResponse> answers) {
    }

    @GetMapping("/reports/{id}")
    @PreAuthorize("hasAnyAuthority('reporting:fill', 'reporting:review', 'reporting:read')")
    @Operation(summary = "A report with its progress and every answer", description = "A company sees only its own "
            + "reports: any other id answers 404.")
    ReportResponse report(@PathVariable UUID id) {
        var details = reporting.report(new ReportId(id));
        return new ReportResponse(details.report(), progress(details.overall()),
                details.sections().stream().collect(Collectors.toMap(s -> s.section().code(), this::progress,
                        (a, b) -> a, java.util.LinkedHashMap::new)),
                details.sections().stream().flatMap(s -> s.items().stream()).map(this::answer).toList());
    }

    @GetMapping("/reports/{id}/answers/{code}")
    @PreAuthorize("hasAnyAuthority('reporting:fill', 'reporting:review', 'reporting:read')")
    @Operation(summary = "One answer")
    AnswerResponse answer(@PathVariable UUID id, @PathVariable String code) {
        return answer(item(reporting.report(new ReportId(id)), code));
    }

    record AnswerRequest(@Nullable @Size(max = 100) List<@Size(max = 10000) String> values,
            @Nullable @Size(max = 200) List<Map<String, String>> rows) {
    }

    @PutMapping("/reports/{id}/answers/{code}")
    @PreAuthorize("hasAuthority('reporting:fill')")
    @Operation(summary = "Save one answer", description = "values: one value, or several for a multiple choice; rows: "
            + "table rows as column code to value. Empty clears the answer. A value that does not fit answers 422.")
    AnswerResponse save(@PathVariable UUID id, @PathVariable String code, @Valid @RequestBody AnswerRequest request) {
        return answer(reporting.saveAnswer(new ReportId(id), code, new AnswerInput(
                request.values() == null ? List.of() : request.values(), request.rows() == null ? List.of() : request.rows())));
    }

    @PostMapping("/reports/{id}/submission")
    @PreAuthorize("hasAuthority('reporting:fill')")
    @Operation(summary = "Submit the report, which locks it", description = "With missing or wrong answers it answers "
            + "422 listing each item and problem.")
    ReportSummary submit(@PathVariable UUID id) {
        return reporting.submit(new ReportId(id));
    }

    @GetMapping("/reports/{id}/questionnaire")
    @PreAuthorize("hasAuthority('reporting:fill')")
    @Operation(summary = "The questionnaire as a spreadsheet to fill offline")
    ResponseEntity<byte[]> questionnaire(@PathVariable UUID id) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(reporting.questionnaireSpreadsheet(new ReportId(id), Language.of(LocaleContextHolder.getLocale())));
    }

    record Uploaded(int saved) {
    }

    @PostMapping(path = "/reports/{id}/questionnaire", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('reporting:fill')")
    @Operation(summary = "Upload a filled questionnaire", description = "Checked cell by cell; with any problem nothing "
            + "is saved and the 422 answer lists sheet, cell and message.")
    Uploaded upload(@PathVariable UUID id, @RequestParam("file") MultipartFile file) throws java.io.IOException {
        return new Uploaded(reporting.uploadSpreadsheet(new ReportId(id), file.getBytes()));
    }

    @ExceptionHandler
    ProblemDetail refused(ReportRefused refused) {
        var problem = problem("report", texts.of(refused));
        problem.setProperty("problems", refused.problems().stream()
                .map(p -> Map.of("indicator", p.indicatorCode(), "message", texts.of(p))).toList());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail refused(SpreadsheetRefused refused) {
        var problem = problem("questionnaire", texts.of(refused));
        problem.setProperty("problems", refused.problems().stream()
                .map(p -> Map.of("sheet", p.sheet(), "cell", p.cell(), "message", texts.of(p))).toList());
        return problem;
    }

    private static ProblemDetail problem(String type, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(422), detail);
        problem.setType(URI.create("https://custodes.org/problems/" + type));
        return problem;
    }

    private static ItemView item(ReportDetails details, String code) {
        return details.item(code).orElseThrow(() -> new NotFound("indicator", code));
    }

    private Progress progress(org.custodes.reporting.questionnaire.SectionView section) {
        return new Progress(section.required(), section.answeredRequired(), section.percent(), section.problems());
    }

    private AnswerResponse answer(ItemView item) {
        return new AnswerResponse(item.code(), item.indicator().sectionCode(), item.value(), item.chosen(), item.rows(),
                item.applicable(), item.required(), item.answered(), item.editable(),
                item.problems().stream().map(texts::of).toList(),
                item.evidence().stream().map(e -> "/reporting/evidence/" + e.id()).toList(), item.lastYearValue(),
                item.change());
    }

}
