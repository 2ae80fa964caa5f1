package org.custodes.fieldvoice.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.custodes.fieldvoice.survey.SurveyRefused;
import org.custodes.fieldvoice.survey.SurveyService;
import org.custodes.shared.Actor;
import org.custodes.shared.FormErrors;
import org.custodes.shared.Language;
import org.custodes.shared.QrCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's worker-voice pages (surveys with their recordings, rounds with their short links, posters and
 * results, the free-text answers) and a company's own results.
 */
@Controller
@RequestMapping("/fieldvoice/surveys")
class SurveyPageController {

    /** The recording upload form: which question or option, in which language. */
    record AudioUpload(String target, String language) {
    }

    private final SurveyService surveys;
    private final MessageSource messages;
    private final String baseUrl;

    SurveyPageController(SurveyService surveys, MessageSource messages, @Value("${custodes.base-url}") String baseUrl) {
        this.surveys = surveys;
        this.messages = messages;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @GetMapping
    @PreAuthorize("hasAuthority('fieldvoice:administer')")
    String list(Model model) {
        model.addAttribute("surveys", surveys.surveys());
        model.addAttribute("rounds", surveys.rounds());
        return "fieldvoice/surveys";
    }

    @GetMapping("/versions/{version}")
    @PreAuthorize("hasAuthority('fieldvoice:administer')")
    String survey(@PathVariable UUID version, Model model) {
        return editor(version, new BeanPropertyBindingResult(new AudioUpload("", ""), "upload"), model);
    }

    @PostMapping("/versions/{version}/audio")
    @PreAuthorize("hasAuthority('fieldvoice:administer')")
    String upload(@PathVariable UUID version, @RequestParam String target, @RequestParam String language,
            @RequestParam("audio") MultipartFile audio, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        var errors = new BeanPropertyBindingResult(new AudioUpload(target, language), "upload");
        var chosen = Language.fromCode(language);
        if (chosen.isEmpty()) {
            errors.rejectValue("language", "fieldvoice.survey.error.language");
        }
        var saved = FormErrors.succeeded(errors, response,
                () -> surveys.uploadAudio(version, target, chosen.orElseThrow(), bytes(audio)));
        if (!saved) {
            return editor(version, errors, model);
        }
        redirect.addFlashAttribute("uploaded", target);
        return "redirect:/fieldvoice/surveys/versions/" + version;
    }

    private String editor(UUID version, BeanPropertyBindingResult errors, Model model) {
        var definition = surveys.definition(version);
        var targets = new ArrayList<String>();
        for (var question : definition.questions()) {
            targets.add(question.target());
            question.options().forEach(option -> targets.add(question.target(option)));
        }
        model.addAttribute("version", version);
        model.addAttribute("definition", definition);
        model.addAttribute("targets", targets);
        model.addAttribute("languages", Language.values());
        model.addAttribute("language", language());
        model.addAttribute("upload", errors.getTarget());
        model.addAttribute(org.springframework.validation.BindingResult.MODEL_KEY_PREFIX + "upload", errors);
        return "fieldvoice/survey";
    }

    @GetMapping("/rounds/{surveyRound}")
    @PreAuthorize("hasAuthority('fieldvoice:survey-results') and hasAuthority('fieldvoice:administer')")
    String round(@PathVariable UUID surveyRound, Model model) {
        model.addAttribute("summary", surveys.round(surveyRound));
        model.addAttribute("results", surveys.results(surveyRound, language()));
        model.addAttribute("mayReadFreeText", Actor.holds("fieldvoice:open-submissions"));
        return "fieldvoice/round";
    }

    @PostMapping("/rounds/{surveyRound}/open")
    @PreAuthorize("hasAuthority('fieldvoice:administer')")
    String open(@PathVariable UUID surveyRound, RedirectAttributes redirect) {
        return change(surveyRound, redirect, () -> surveys.openRound(surveyRound));
    }

    @PostMapping("/rounds/{surveyRound}/close")
    @PreAuthorize("hasAuthority('fieldvoice:administer')")
    String close(@PathVariable UUID surveyRound, RedirectAttributes redirect) {
        return change(surveyRound, redirect, () -> surveys.closeRound(surveyRound));
    }

    private String change(UUID round, RedirectAttributes redirect, Runnable change) {
        try {
            change.run();
        } catch (SurveyRefused refused) {
            redirect.addFlashAttribute("refused", refused.messageKey());
        }
        return "redirect:/fieldvoice/surveys/rounds/" + round;
    }

    @GetMapping("/rounds/{surveyRound}/free-text")
    @PreAuthorize("hasAuthority('fieldvoice:open-submissions')")
    String freeText(@PathVariable UUID surveyRound, Model model) {
        model.addAttribute("summary", surveys.round(surveyRound));
        model.addAttribute("answers", surveys.freeTexts(surveyRound, language()));
        return "fieldvoice/free-text";
    }

    @GetMapping("/posters/{voiceToken}")
    @PreAuthorize("hasAuthority('fieldvoice:administer')")
    String poster(@PathVariable String voiceToken, Model model) {
        var point = surveys.point(voiceToken);
        var local = point.language().locale();
        var link = baseUrl + point.path();
        var texts = new LinkedHashMap<String, String>();
        for (var key : List.of("title", "lead", "anonymous", "how", "complaint")) {
            texts.put(key, messages.getMessage("fieldvoice.poster." + key, null, local));
        }
        model.addAttribute("point", point);
        model.addAttribute("link", link);
        model.addAttribute("qr", QrCode.svgDataUri(link + "?lang=" + point.language().code(), texts.get("title")));
        model.addAttribute("texts", texts);
        return "fieldvoice/poster";
    }

    @GetMapping("/rounds/{surveyRound}/company")
    @PreAuthorize("hasAuthority('fieldvoice:company-survey-results')")
    String companyResults(@PathVariable UUID surveyRound, Model model) {
        model.addAttribute("results", surveys.companyResults(surveyRound, language()));
        return "fieldvoice/company-results";
    }

    private static Language language() {
        return Language.of(LocaleContextHolder.getLocale());
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
