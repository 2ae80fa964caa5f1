package org.custodes.fieldvoice.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.GeneralSecurityException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.custodes.fieldvoice.survey.Ballot;
import org.custodes.fieldvoice.survey.SurveyQuestion;
import org.custodes.fieldvoice.survey.SurveyRefused;
import org.custodes.fieldvoice.survey.SurveyService;
import org.custodes.shared.FormErrors;
import org.custodes.shared.Language;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The anonymous answering pages behind a short link: no account, plain forms without JavaScript, a few questions a
 * page with earlier answers carried in hidden fields, and the whole response saved at the end (then a redirect).
 * Nothing about the person is read or kept: the network address only becomes a keyed hash for the flood limit, and
 * the per-phone cookie is a random value that is never stored.
 */
@Controller
@RequestMapping("/voice/{token}")
@PreAuthorize("permitAll()")
class VoicePageController {

    static final int PER_PAGE = 4;
    static final String DEVICE_COOKIE = "custodes-voice";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SurveyService surveys;
    private final SecretKeySpec clientSecret;

    VoicePageController(SurveyService surveys) {
        this.surveys = surveys;
        var key = new byte[32];
        RANDOM.nextBytes(key);
        this.clientSecret = new SecretKeySpec(key, "HmacSHA256");
    }

    @GetMapping
    String start(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
        var form = new VoiceForm();
        model.addAttribute("answeredBefore", answeredBefore(request));
        return render(token, form, new BeanPropertyBindingResult(form, "form"), response, model);
    }

    @PostMapping
    String step(@PathVariable String token, @ModelAttribute("posted") VoiceForm form, BindingResult ignored,
            @RequestParam(name = "action", defaultValue = "next") String action, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        var ballot = surveys.ballot(token, language());
        var pages = pages(ballot);
        var page = Math.clamp(form.getPage(), 1, pages);
        form.setPage(page);
        var errors = new BeanPropertyBindingResult(form, "form");
        if (!ballot.open()) {
            errors.reject("fieldvoice.survey.error.closed");
            return render(token, form, errors, response, model);
        }
        if ("back".equals(action)) {
            form.setPage(Math.max(1, page - 1));
            return render(token, form, errors, response, model);
        }
        var onPage = questions(ballot, page).stream().map(SurveyQuestion::code).toList();
        ballot.survey().refusals(form.getAnswers()).forEach((code, key) -> {
            if (onPage.contains(code) || ballot.survey().question(code).isEmpty()) {
                errors.rejectValue("answers[" + code + "]", key);
            }
        });
        if (!errors.hasErrors() && page < pages) {
            form.setPage(page + 1);
            return render(token, form, errors, response, model);
        }
        if (!errors.hasErrors()) {
            try {
                surveys.takeAnswerAllowance(clientKey(request));
                surveys.answer(token, new LinkedHashMap<>(form.getAnswers()));
                response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(DEVICE_COOKIE, random()).httpOnly(true)
                        .secure(request.isSecure()).path("/voice").maxAge(java.time.Duration.ofDays(180)).sameSite("Lax")
                        .build().toString());
                return "redirect:/voice/" + token + "/thanks";
            } catch (SurveyRefused refused) {
                FormErrors.reject(errors, refused);
            }
        }
        return render(token, form, errors, response, model);
    }

    @GetMapping("/thanks")
    String thanks(@PathVariable String token, Model model) {
        model.addAttribute("ballot", surveys.ballot(token, language()));
        return "fieldvoice/voice-thanks";
    }

    @GetMapping("/audio/{target}")
    ResponseEntity<byte[]> audio(@PathVariable String token, @PathVariable String target) {
        var recording = surveys.audio(token, target, language());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(recording.mediaType()))
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(1)).cachePrivate())
                .body(recording.content());
    }

    private String render(String token, VoiceForm form, BindingResult errors, HttpServletResponse response,
            Model model) {
        var ballot = surveys.ballot(token, language());
        if (errors.hasErrors()) {
            response.setStatus(422);
        }
        response.setHeader("Cache-Control", "no-store");
        var pages = pages(ballot);
        var onPage = questions(ballot, form.getPage());
        var carried = new LinkedHashMap<String, String>();
        form.getAnswers().forEach((code, value) -> {
            if (ballot.survey().question(code).isPresent() && onPage.stream().noneMatch(q -> q.code().equals(code))) {
                carried.put(code, value);
            }
        });
        model.addAttribute("form", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
        model.addAttribute("ballot", ballot);
        model.addAttribute("questions", onPage);
        model.addAttribute("carried", carried);
        model.addAttribute("pages", pages);
        model.addAttribute("language", language());
        return "fieldvoice/voice";
    }

    static int pages(Ballot ballot) {
        return (ballot.survey().questions().size() + PER_PAGE - 1) / PER_PAGE;
    }

    static List<SurveyQuestion> questions(Ballot ballot, int page) {
        var all = ballot.survey().questions();
        return all.subList(Math.min(all.size(), (page - 1) * PER_PAGE), Math.min(all.size(), page * PER_PAGE));
    }

    private static boolean answeredBefore(HttpServletRequest request) {
        return request.getCookies() != null
                && Arrays.stream(request.getCookies()).anyMatch(cookie -> DEVICE_COOKIE.equals(cookie.getName()));
    }

    private static Language language() {
        return Language.of(LocaleContextHolder.getLocale());
    }

    /** A keyed hash of the network address, with a secret that exists only in this process's memory. */
    private String clientKey(HttpServletRequest request) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(clientSecret);
            var address = request.getRemoteAddr();
            return Base64.getEncoder().encodeToString(
                    mac.doFinal((address == null ? "" : address).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String random() {
        var bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
