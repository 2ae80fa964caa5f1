package org.custodes.training.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.custodes.shared.Language;
import org.custodes.shared.NotFound;
import org.custodes.training.CourseId;
import org.custodes.training.TrainingRefused;
import org.custodes.training.TrainingService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The secretariat's courses: translation progress per language, translating, publishing, new versions. */
@Controller
@RequestMapping("/training/courses")
class CoursePageController {

    private static final String TEXT_PREFIX = "text:";

    private final TrainingService training;

    CoursePageController(TrainingService training) {
        this.training = training;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('training:manage')")
    String courses(Model model) {
        model.addAttribute("courses", training.courses());
        return "training/courses";
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('training:manage')")
    String course(@PathVariable CourseId id, Model model) {
        model.addAttribute("course", training.course(id));
        return "training/course";
    }

    @PostMapping("/{id}/publication")
    @PreAuthorize("hasAuthority('training:manage')")
    String publish(@PathVariable CourseId id, @RequestParam(required = false) String language, Model model,
            HttpServletResponse response) {
        var lang = Language.fromCode(language == null ? "" : language).orElse(null);
        if (lang == null) {
            return refused(id, "training.refused.language-unknown", new Object[0], model, response);
        }
        try {
            training.publish(id, lang);
            return "redirect:/training/courses/" + id.value();
        } catch (TrainingRefused refused) {
            return refused(id, refused.messageKey(), refused.arguments(), model, response);
        }
    }

    @PostMapping("/{id}/versions")
    @PreAuthorize("hasAuthority('training:manage')")
    String newVersion(@PathVariable CourseId id) {
        training.newVersion(id);
        return "redirect:/training/courses/" + id.value();
    }

    @GetMapping("/{id}/translations/{language}")
    @PreAuthorize("hasAuthority('training:manage')")
    String translations(@PathVariable CourseId id, @PathVariable String language, Model model) {
        var lang = Language.fromCode(language).orElseThrow(() -> new NotFound("language", language));
        model.addAttribute("course", training.course(id));
        model.addAttribute("target", lang);
        model.addAttribute("items", training.translationItems(id, lang));
        return "training/translations";
    }

    @PostMapping("/{id}/translations/{language}")
    @PreAuthorize("hasAuthority('training:manage')")
    String translate(@PathVariable CourseId id, @PathVariable String language,
            @RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response) {
        var lang = Language.fromCode(language).orElseThrow(() -> new NotFound("language", language));
        var texts = new LinkedHashMap<String, String>();
        for (Map.Entry<String, java.util.List<String>> entry : form.entrySet()) {
            if (entry.getKey().startsWith(TEXT_PREFIX) && !entry.getValue().isEmpty()) {
                texts.put(entry.getKey().substring(TEXT_PREFIX.length()), entry.getValue().getFirst());
            }
        }
        try {
            training.translate(id, lang, texts);
            return "redirect:/training/courses/" + id.value();
        } catch (TrainingRefused refused) {
            response.setStatus(422);
            model.addAttribute("error", refused.messageKey());
            model.addAttribute("errorArguments", refused.arguments());
            return translations(id, language, model);
        }
    }

    private String refused(CourseId id, String key, Object[] arguments, Model model, HttpServletResponse response) {
        response.setStatus(422);
        model.addAttribute("error", key);
        model.addAttribute("errorArguments", arguments);
        return course(id, model);
    }
}
