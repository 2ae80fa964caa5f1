package org.custodes.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.custodes.identity.IdentityService;
import org.custodes.identity.PendingSignIn;
import org.custodes.identity.SecondFactorVerification;
import org.custodes.identity.SignInPaths;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The second step of sign-in, open only to a session that passed the password step: a code from the authenticator
 * (or a recovery code), or, for a role that requires a second factor and has none yet, its enrolment.
 */
@Controller
@PreAuthorize("hasAuthority('" + SignInPaths.PARTIAL_SIGN_IN_AUTHORITY + "')")
class SecondFactorPageController {

    private final IdentityService security;

    SecondFactorPageController(IdentityService security) {
        this.security = security;
    }

    @GetMapping(SignInPaths.SECOND_FACTOR)
    String codeForm(@AuthenticationPrincipal PendingSignIn pending, Model model) {
        if (!pending.enrolled()) {
            return "redirect:" + SignInPaths.ENROLMENT;
        }
        model.addAttribute("codeForm", CodeForm.empty());
        return "identity/second-factor";
    }

    @PostMapping(SignInPaths.SECOND_FACTOR)
    String submitCode(@AuthenticationPrincipal PendingSignIn pending, @Valid @ModelAttribute("codeForm") CodeForm form,
            BindingResult errors, HttpServletRequest request, HttpServletResponse response) {
        if (!pending.enrolled()) {
            return "redirect:" + SignInPaths.ENROLMENT;
        }
        if (errors.hasErrors()) {
            response.setStatus(422);
            return "identity/second-factor";
        }
        var verification = security.verifyCode(pending.account(), form.code(), request.getRemoteAddr(), true);
        switch (verification) {
            case THROTTLED -> {
                response.setStatus(429);
                errors.reject("second-factor.refused");
                return "identity/second-factor";
            }
            case REFUSED -> {
                response.setStatus(422);
                errors.rejectValue("code", "second-factor.refused");
                return "identity/second-factor";
            }
            default -> {
                if (!security.completeSignIn(pending, request, response)) {
                    return "redirect:/sign-in?error";
                }
                return verification == SecondFactorVerification.RECOVERY_CODE
                        ? "redirect:/account/security?recovery-code-used" : "redirect:/workspace";
            }
        }
    }

    @GetMapping(SignInPaths.ENROLMENT)
    String enrolment(@AuthenticationPrincipal PendingSignIn pending, Model model) {
        if (pending.enrolled()) {
            return "redirect:" + SignInPaths.SECOND_FACTOR;
        }
        return enrolmentPage(pending, CodeForm.empty(), model);
    }

    @PostMapping(SignInPaths.ENROLMENT)
    String confirmEnrolment(@AuthenticationPrincipal PendingSignIn pending,
            @Valid @ModelAttribute("codeForm") CodeForm form, BindingResult errors, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        if (pending.enrolled()) {
            return "redirect:" + SignInPaths.SECOND_FACTOR;
        }
        if (!errors.hasErrors()) {
            var codes = security.confirmEnrolment(pending.account(), form.code());
            if (codes.isPresent()) {
                if (!security.completeSignIn(pending, request, response)) {
                    return "redirect:/sign-in?error";
                }
                model.addAttribute("codes", codes.get());
                model.addAttribute("continueTo", "/workspace");
                return "identity/recovery-codes";
            }
            errors.rejectValue("code", "second-factor.refused");
        }
        response.setStatus(422);
        return enrolmentPage(pending, form, model);
    }

    private String enrolmentPage(PendingSignIn pending, CodeForm form, Model model) {
        model.addAttribute("enrolment", security.enrolment(pending.account(), pending.email()));
        model.addAttribute("codeForm", form);
        model.addAttribute("mandatory", true);
        model.addAttribute("action", SignInPaths.ENROLMENT);
        return "identity/enrolment";
    }
}
