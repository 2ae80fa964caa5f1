package org.custodes.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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
@PreAuthorize("hasAuthority('" + PartialSignIn.AUTHORITY + "')")
class SecondFactorPageController {

    private final SecondFactorCheck check;
    private final SecondFactors secondFactors;
    private final SignInCompletion completion;

    SecondFactorPageController(SecondFactorCheck check, SecondFactors secondFactors, SignInCompletion completion) {
        this.check = check;
        this.secondFactors = secondFactors;
        this.completion = completion;
    }

    @GetMapping(SecondFactorGate.SECOND_FACTOR)
    String codeForm(@AuthenticationPrincipal PartialSignIn.Pending pending, Model model) {
        if (!pending.enrolled()) {
            return "redirect:" + SecondFactorGate.ENROLMENT;
        }
        model.addAttribute("codeForm", CodeForm.empty());
        return "identity/second-factor";
    }

    @PostMapping(SecondFactorGate.SECOND_FACTOR)
    String submitCode(@AuthenticationPrincipal PartialSignIn.Pending pending, @Valid @ModelAttribute("codeForm") CodeForm form,
            BindingResult errors, HttpServletRequest request, HttpServletResponse response) {
        if (!pending.enrolled()) {
            return "redirect:" + SecondFactorGate.ENROLMENT;
        }
        if (errors.hasErrors()) {
            response.setStatus(422);
            return "identity/second-factor";
        }
        var verification = check.attempt(pending.account(), form.code(), request.getRemoteAddr(), true);
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
                if (!completion.afterSecondFactor(pending, request, response)) {
                    return "redirect:/sign-in?error";
                }
                return verification == SecondFactors.Verification.RECOVERY_CODE
                        ? "redirect:/account/security?recovery-code-used" : "redirect:/workspace";
            }
        }
    }

    @GetMapping(SecondFactorGate.ENROLMENT)
    String enrolment(@AuthenticationPrincipal PartialSignIn.Pending pending, Model model) {
        if (pending.enrolled()) {
            return "redirect:" + SecondFactorGate.SECOND_FACTOR;
        }
        return enrolmentPage(pending, CodeForm.empty(), model);
    }

    @PostMapping(SecondFactorGate.ENROLMENT)
    String confirmEnrolment(@AuthenticationPrincipal PartialSignIn.Pending pending,
            @Valid @ModelAttribute("codeForm") CodeForm form, BindingResult errors, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        if (pending.enrolled()) {
            return "redirect:" + SecondFactorGate.SECOND_FACTOR;
        }
        if (!errors.hasErrors()) {
            var codes = secondFactors.confirm(pending.account(), form.code());
            if (codes.isPresent()) {
                if (!completion.afterSecondFactor(pending, request, response)) {
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

    private String enrolmentPage(PartialSignIn.Pending pending, CodeForm form, Model model) {
        model.addAttribute("enrolment", secondFactors.enrolment(pending.account(), pending.email()));
        model.addAttribute("codeForm", form);
        model.addAttribute("mandatory", true);
        model.addAttribute("action", SecondFactorGate.ENROLMENT);
        return "identity/enrolment";
    }
}
