package org.custodes.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.custodes.identity.IdentityService;
import org.custodes.identity.SecondFactorVerification;
import org.custodes.identity.SignedInUser;
import org.custodes.shared.BusinessRuleViolation;
import org.custodes.shared.FormErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The signed-in user's own security settings: the authenticator (enrol, disable where no role requires it), new
 * recovery codes, and the preferred language. Every action applies to the session's own account only.
 */
@Controller
@RequestMapping("/account/security")
@PreAuthorize("isFullyAuthenticated()")
class AccountSecurityPageController {

    private static final String PAGE = "identity/account-security";

    private final IdentityService security;
    private final LocaleResolver locales;

    AccountSecurityPageController(IdentityService security, LocaleResolver locales) {
        this.security = security;
        this.locales = locales;
    }

    @GetMapping
    String page(@AuthenticationPrincipal SignedInUser user, Model model) {
        return page(user, model, CodeForm.empty(), CodeForm.empty(), new LanguageForm(user.language()));
    }

    @PostMapping("/language")
    String changeLanguage(@AuthenticationPrincipal SignedInUser user,
            @Valid @ModelAttribute("languageForm") LanguageForm form, BindingResult errors, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        if (errors.hasErrors()) {
            response.setStatus(422);
            return page(user, model, CodeForm.empty(), CodeForm.empty(), form);
        }
        security.changeLanguage(user, form.language(), request, response);
        locales.setLocale(request, response, form.language().locale());
        return "redirect:/account/security?language-changed";
    }

    @GetMapping("/second-factor")
    String enrolment(@AuthenticationPrincipal SignedInUser user, Model model) {
        if (security.secondFactorEnabled(user.id())) {
            return "redirect:/account/security";
        }
        return enrolmentPage(user, CodeForm.empty(), model);
    }

    @PostMapping("/second-factor")
    String confirmEnrolment(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("codeForm") CodeForm form,
            BindingResult errors, Model model, HttpServletResponse response) {
        if (security.secondFactorEnabled(user.id())) {
            return "redirect:/account/security";
        }
        if (!errors.hasErrors()) {
            var codes = security.confirmEnrolment(user.id(), form.code());
            if (codes.isPresent()) {
                model.addAttribute("codes", codes.get());
                model.addAttribute("continueTo", "/account/security");
                return "identity/recovery-codes";
            }
            errors.rejectValue("code", "second-factor.refused");
        }
        response.setStatus(422);
        return enrolmentPage(user, form, model);
    }

    @PostMapping("/second-factor/disable")
    String disable(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("disableForm") CodeForm form,
            BindingResult errors, Model model, HttpServletRequest request, HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                if (user.secondFactorRequired()) {
                    throw new BusinessRuleViolation("second-factor.required-by-role");
                }
                if (codeAccepted(user, form, errors, request, response)) {
                    security.disableSecondFactor(user);
                    return "redirect:/account/security?second-factor-disabled";
                }
            } catch (BusinessRuleViolation violation) {
                FormErrors.reject(errors, violation);
            }
        }
        if (response.getStatus() < 400) {
            response.setStatus(422);
        }
        return page(user, model, form, CodeForm.empty(), new LanguageForm(user.language()));
    }

    @PostMapping("/recovery-codes")
    String regenerateRecoveryCodes(@AuthenticationPrincipal SignedInUser user,
            @Valid @ModelAttribute("regenerateForm") CodeForm form, BindingResult errors, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                if (codeAccepted(user, form, errors, request, response)) {
                    model.addAttribute("codes", security.regenerateRecoveryCodes(user.id()));
                    model.addAttribute("continueTo", "/account/security");
                    return "identity/recovery-codes";
                }
            } catch (BusinessRuleViolation violation) {
                FormErrors.reject(errors, violation);
            }
        }
        if (response.getStatus() < 400) {
            response.setStatus(422);
        }
        return page(user, model, CodeForm.empty(), form, new LanguageForm(user.language()));
    }

    /** A change to the second factor needs a current code from the authenticator, checked like one at sign-in. */
    private boolean codeAccepted(SignedInUser user, CodeForm form, BindingResult errors, HttpServletRequest request,
            HttpServletResponse response) {
        if (!security.secondFactorEnabled(user.id())) {
            throw new BusinessRuleViolation("second-factor.not-enabled");
        }
        var verification = security.verifyCode(user.id(), form.code(), request.getRemoteAddr(), false);
        if (verification == SecondFactorVerification.AUTHENTICATOR) {
            return true;
        }
        response.setStatus(verification == SecondFactorVerification.THROTTLED ? 429 : 422);
        errors.rejectValue("code", "second-factor.refused");
        return false;
    }

    private String page(SignedInUser user, Model model, CodeForm disableForm, CodeForm regenerateForm,
            LanguageForm languageForm) {
        model.addAttribute("status", security.secondFactorStatus(user.id()));
        model.addAttribute("required", user.secondFactorRequired());
        // A form bound by this request is already in the model, with its errors: only the others get defaults.
        addIfAbsent(model, "disableForm", disableForm);
        addIfAbsent(model, "regenerateForm", regenerateForm);
        addIfAbsent(model, "languageForm", languageForm);
        return PAGE;
    }

    private static void addIfAbsent(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }

    private String enrolmentPage(SignedInUser user, CodeForm form, Model model) {
        model.addAttribute("enrolment", security.enrolment(user.id(), user.email()));
        model.addAttribute("codeForm", form);
        model.addAttribute("mandatory", false);
        model.addAttribute("action", "/account/security/second-factor");
        return "identity/enrolment";
    }
}
