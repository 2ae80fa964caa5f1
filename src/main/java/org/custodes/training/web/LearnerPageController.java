package org.custodes.training.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.custodes.shared.QrCode;
import org.custodes.training.AttemptId;
import org.custodes.training.CourseId;
import org.custodes.training.TrainingRefused;
import org.custodes.training.TrainingService;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The pages of a person who learns: signed in with the code on their card (typed, or opened from its QR code), no
 * JavaScript, small pages, in their language. Without a learner in the session every page sends them to the code.
 */
@Controller
@RequestMapping("/training/learn")
class LearnerPageController {

    private static final String SIGN_IN = "redirect:/training/learn";

    private final TrainingService training;
    private final LocaleResolver locales;
    private final String baseUrl;

    LearnerPageController(TrainingService training, LocaleResolver locales, @Value("${custodes.base-url}") String baseUrl) {
        this.training = training;
        this.locales = locales;
        this.baseUrl = baseUrl.replaceAll("/$", "");
    }

    @GetMapping
    @PreAuthorize("permitAll()")
    String signInPage(@RequestParam(required = false) @Nullable String code, HttpSession session, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        if (code != null && !code.isBlank()) {
            return signIn(new CodeSignInForm(code), session, request, response, model);
        }
        model.addAttribute("form", new CodeSignInForm(null));
        return "training/learn-sign-in";
    }

    @PostMapping
    @PreAuthorize("permitAll()")
    String signIn(@Valid @ModelAttribute("form") CodeSignInForm form, BindingResult errors, HttpSession session,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        if (errors.hasErrors()) {
            response.setStatus(422);
            return "training/learn-sign-in";
        }
        return signIn(form, session, request, response, model);
    }

    private String signIn(CodeSignInForm form, HttpSession session, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        var key = training.signInWithCode(form.code());
        if (key.isEmpty()) {
            response.setStatus(422);
            model.addAttribute("form", form);
            model.addAttribute("codeRefused", true);
            return "training/learn-sign-in";
        }
        request.changeSessionId();
        LearnerSession.start(session, key.get());
        locales.setLocale(request, response, training.learnerLanguage(key.get()).locale());
        return "redirect:/training/learn/courses";
    }

    @PostMapping("/sign-out")
    @PreAuthorize("permitAll()")
    String signOut(HttpSession session) {
        LearnerSession.end(session);
        return SIGN_IN;
    }

    @GetMapping("/courses")
    @PreAuthorize("permitAll()")
    String courses(HttpSession session, Model model) {
        var key = LearnerSession.of(session);
        if (key.isEmpty()) {
            return SIGN_IN;
        }
        model.addAttribute("learnerName", training.learnerName(key.get()));
        model.addAttribute("courses", training.coursesFor(key.get()));
        return "training/learn-courses";
    }

    @GetMapping("/courses/{course}/lessons/{lesson}")
    @PreAuthorize("permitAll()")
    String lesson(@PathVariable CourseId course, @PathVariable UUID lesson, HttpSession session, Model model) {
        var key = LearnerSession.of(session);
        if (key.isEmpty()) {
            return SIGN_IN;
        }
        model.addAttribute("lesson", training.lesson(key.get(), course, lesson));
        return "training/learn-lesson";
    }

    @PostMapping("/courses/{course}/attempts")
    @PreAuthorize("permitAll()")
    String startAttempt(@PathVariable CourseId course, HttpSession session, Model model, HttpServletResponse response) {
        var key = LearnerSession.of(session);
        if (key.isEmpty()) {
            return SIGN_IN;
        }
        try {
            return "redirect:/training/learn/attempts/" + training.startAttempt(key.get(), course).value();
        } catch (TrainingRefused refused) {
            return refused(refused, session, model, response);
        }
    }

    @GetMapping("/attempts/{attempt}")
    @PreAuthorize("permitAll()")
    String attempt(@PathVariable UUID attempt, HttpSession session, Model model, HttpServletResponse response) {
        var key = LearnerSession.of(session);
        if (key.isEmpty()) {
            return SIGN_IN;
        }
        try {
            model.addAttribute("quiz", training.attempt(key.get(), new AttemptId(attempt)));
            return "training/learn-quiz";
        } catch (TrainingRefused refused) {
            return refused(refused, session, model, response);
        }
    }

    @PostMapping("/attempts/{attempt}")
    @PreAuthorize("permitAll()")
    String answer(@PathVariable UUID attempt, @RequestParam MultiValueMap<String, String> form, HttpSession session,
            Model model, HttpServletResponse response) {
        var key = LearnerSession.of(session);
        if (key.isEmpty()) {
            return SIGN_IN;
        }
        Map<String, Set<String>> answers = new HashMap<>();
        form.forEach((name, values) -> {
            if (name.startsWith("q:")) {
                answers.put(name.substring(2), new LinkedHashSet<>(values));
            }
        });
        try {
            model.addAttribute("outcome", training.answer(key.get(), new AttemptId(attempt), answers));
            return "training/learn-result";
        } catch (TrainingRefused refused) {
            return refused(refused, session, model, response);
        }
    }

    @GetMapping("/credentials")
    @PreAuthorize("permitAll()")
    String credentials(HttpSession session, Model model) {
        var key = LearnerSession.of(session);
        if (key.isEmpty()) {
            return SIGN_IN;
        }
        var cards = training.credentials(key.get()).stream().map(c -> {
            var url = baseUrl + "/training/verify?credential=" + URLEncoder.encode(c.credential(), StandardCharsets.UTF_8);
            return new CredentialCard(c.id().value().toString(), c.courseTitle(), c.courseVersion(), c.completedOn(),
                    c.expiresOn(), url, QrCode.svgDataUri(url, c.courseTitle()));
        }).toList();
        model.addAttribute("learnerName", training.learnerName(key.get()));
        model.addAttribute("cards", cards);
        return "training/learn-credentials";
    }

    record CredentialCard(String id, String course, int version, java.time.LocalDate completedOn,
            java.time.@Nullable LocalDate expiresOn, String verifyUrl, String qr) {
    }

    private String refused(TrainingRefused refused, HttpSession session, Model model, HttpServletResponse response) {
        response.setStatus(422);
        model.addAttribute("error", refused.messageKey());
        model.addAttribute("errorArguments", refused.arguments());
        return courses(session, model);
    }
}
