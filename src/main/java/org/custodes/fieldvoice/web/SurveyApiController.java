package org.custodes.fieldvoice.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.custodes.fieldvoice.survey.Results;
import org.custodes.fieldvoice.survey.RoundSummary;
import org.custodes.fieldvoice.survey.SurveyService;
import org.custodes.shared.Language;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Worker-voice survey rounds and their results under disclosure control, as JSON. */
@RestController
@RequestMapping("/api/v1/fieldvoice/surveys")
class SurveyApiController {

    private final SurveyService surveys;

    SurveyApiController(SurveyService surveys) {
        this.surveys = surveys;
    }

    @GetMapping("/rounds")
    @PreAuthorize("hasAuthority('fieldvoice:administer')")
    @Operation(summary = "Survey rounds with their distribution points and how many answered at each")
    List<RoundSummary> rounds() {
        return surveys.rounds();
    }

    @GetMapping("/rounds/{surveyRound}/results")
    @PreAuthorize("hasAuthority('fieldvoice:survey-results')")
    @Operation(summary = "A round's results per company, country and question; hidden figures are null")
    Results results(@PathVariable UUID surveyRound) {
        return surveys.results(surveyRound, Language.of(LocaleContextHolder.getLocale()));
    }
}
