package org.custodes.monitoring.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.custodes.monitoring.observation.InformationCredibility;
import org.custodes.monitoring.MonitoringService;
import org.custodes.monitoring.observation.ObservationCategory;
import org.custodes.monitoring.observation.ObservationDetails;
import org.custodes.monitoring.ObservationId;
import org.custodes.monitoring.observation.ObservationStatus;
import org.custodes.monitoring.observation.RecordObservation;
import org.custodes.monitoring.observation.SourceReliability;
import org.custodes.monitoring.observation.SourceType;
import org.custodes.shared.Actor;
import org.custodes.shared.BusinessRuleViolation;
import org.custodes.shared.CountryCode;
import org.custodes.shared.OrganisationId;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Observations: the list (to triage, or one's organisation's), recording one, one observation and its triage. */
@Controller
@RequestMapping("/monitoring/observations")
class ObservationPageController {

    private final MonitoringService monitoring;

    ObservationPageController(MonitoringService monitoring) {
        this.monitoring = monitoring;
    }

    @GetMapping
    @PreAuthorize("hasAnyAuthority('monitoring:observe', 'monitoring:read')")
    String list(Model model) {
        var observations = monitoring.observations();
        model.addAttribute("observations", observations);
        model.addAttribute("toTriage", observations.stream().filter(o -> o.status() == ObservationStatus.NEW).count());
        model.addAttribute("canRecord", can("monitoring:observe"));
        model.addAttribute("canTriage", can("monitoring:handle"));
        return "monitoring/observations";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('monitoring:observe')")
    String form(Model model) {
        return formPage(RecordObservationForm.empty(), model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('monitoring:observe')")
    String record(@Valid @ModelAttribute("observationForm") RecordObservationForm form, BindingResult errors,
            Model model, HttpServletResponse response) {
        var paragraphs = CodeParagraphList.parse(form.codeParagraphs(), "codeParagraphs", errors);
        if (form.country() != null && !form.country().isBlank() && !CountryCode.isKnown(form.country())) {
            errors.rejectValue("country", "country.unknown", new Object[] { form.country() }, null);
        }
        if (!errors.hasErrors()) {
            try {
                var recorded = monitoring.recordObservation(new RecordObservation(form.sourceType(),
                        form.company() == null ? null : new OrganisationId(form.company()), form.companyDescription(),
                        form.observedOn(), new CountryCode(form.country()), form.region(), form.site(),
                        form.whatHappened(), form.category(), paragraphs, form.peopleAffected(), form.reliability(),
                        form.credibility(), form.sourceIdentity(), Boolean.TRUE.equals(form.sourceMayBeNamed()), form.mediaLink(),
                        form.mediaLanguage()), null);
                return "redirect:/monitoring/observations/" + recorded.id() + "?recorded";
            } catch (BusinessRuleViolation violation) {
                RuleErrors.reject(violation, errors);
            }
        }
        response.setStatus(422);
        return formPage(form, model);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyAuthority('monitoring:observe', 'monitoring:read')")
    String show(@PathVariable UUID id, Model model) {
        return showPage(monitoring.observation(new ObservationId(id)), new TriageForm(null, null, null, null, null),
                model);
    }

    @PostMapping("/{id}/triage")
    @PreAuthorize("hasAuthority('monitoring:handle')")
    String triage(@PathVariable UUID id, @Valid @ModelAttribute("triageForm") TriageForm form, BindingResult errors,
            Model model, HttpServletResponse response) {
        var observation = new ObservationId(id);
        if (!errors.hasErrors()) {
            try {
                monitoring.triage(observation, new org.custodes.monitoring.observation.TriageObservation(form.outcome(),
                        form.duplicateOf(), form.concern(), form.reason(), form.note()));
                return "redirect:/monitoring/observations/" + id + "?triaged";
            } catch (BusinessRuleViolation violation) {
                RuleErrors.reject(violation, errors);
            }
        }
        response.setStatus(422);
        return showPage(monitoring.observation(observation), form, model);
    }

    private String formPage(RecordObservationForm form, Model model) {
        var locale = LocaleContextHolder.getLocale();
        model.addAttribute("observationForm", form);
        model.addAttribute("sources", can("monitoring:handle") ? List.of(SourceType.values())
                : List.of(SourceType.values()).stream().filter(source -> source != SourceType.MEDIA).toList());
        model.addAttribute("categories", ObservationCategory.values());
        model.addAttribute("reliabilities", SourceReliability.values());
        model.addAttribute("credibilities", InformationCredibility.values());
        model.addAttribute("companies", monitoring.companies());
        model.addAttribute("countries", countries(locale));
        model.addAttribute("mediaLanguages", languages(locale));
        return "monitoring/observation-new";
    }

    private String showPage(ObservationDetails observation, TriageForm form, Model model) {
        model.addAttribute("observation", observation);
        model.addAttribute("countryName", new CountryCode(observation.country()).displayName(LocaleContextHolder.getLocale()));
        model.addAttribute("mediaLanguageName", observation.mediaLanguage() == null ? null
                : Locale.of(observation.mediaLanguage()).getDisplayLanguage(LocaleContextHolder.getLocale()));
        model.addAttribute("canTriage", can("monitoring:handle") && observation.status() == ObservationStatus.NEW);
        model.addAttribute("outcomes", List.of(ObservationStatus.DUPLICATE, ObservationStatus.LINKED,
                ObservationStatus.NO_ACTION));
        model.addAttribute("triageForm", form);
        return "monitoring/observation";
    }

    /** Countries by their name in the reader's language. */
    static Map<String, String> countries(Locale locale) {
        return CountryCode.all().stream().map(CountryCode::new)
                .sorted(Comparator.comparing(country -> country.displayName(locale)))
                .collect(Collectors.toMap(CountryCode::value, country -> country.displayName(locale), (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }

    private static Map<String, String> languages(Locale locale) {
        return java.util.Arrays.stream(Locale.getISOLanguages())
                .map(code -> Map.entry(code, Locale.of(code).getDisplayLanguage(locale)))
                .filter(entry -> !entry.getValue().equals(entry.getKey()))
                .sorted(Map.Entry.comparingByValue())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }

    private static boolean can(String permission) {
        return Actor.current().map(actor -> actor.can(permission)).orElse(false);
    }
}
