package org.custodes.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Objects;
import org.custodes.identity.IdentityService;
import org.custodes.identity.LinkUnusable;
import org.custodes.identity.PasswordRefused;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Forgotten passwords. The answer to a request is the same page whether or not the address is known (security
 * case 10); the link it e-mails opens a form for a new password.
 */
@Controller
@RequestMapping("/password-reset")
class PasswordResetPageController {

    private final IdentityService identity;

    PasswordResetPageController(IdentityService identity) {
        this.identity = identity;
    }

    @GetMapping
    @PreAuthorize("permitAll()")
    String form(Model model) {
        model.addAttribute("requestForm", new PasswordResetRequestForm(""));
        return "identity/password-reset";
    }

    @PostMapping
    @PreAuthorize("permitAll()")
    String request(@Valid @ModelAttribute("requestForm") PasswordResetRequestForm form, BindingResult errors,
            HttpServletRequest request, HttpServletResponse response) {
        if (errors.hasErrors()) {
            response.setStatus(422);
            return "identity/password-reset";
        }
        var email = Objects.requireNonNull(form.email());
        if (!identity.passwordResetAllowed(email, request.getRemoteAddr())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            errors.reject("identity.reset.too-many");
            return "identity/password-reset";
        }
        identity.requestPasswordReset(email);
        return "identity/password-reset-sent";
    }

    @GetMapping("/confirm")
    @PreAuthorize("permitAll()")
    String confirmForm(@RequestParam(required = false) @Nullable String token, Model model,
            HttpServletResponse response) {
        if (token == null || !identity.passwordResetUsable(token)) {
            return InvitationPageController.unusable(response);
        }
        model.addAttribute("passwordForm", new NewPasswordForm(token, null, null));
        return "identity/password-reset-confirm";
    }

    @PostMapping("/confirm")
    @PreAuthorize("permitAll()")
    String confirm(@Valid @ModelAttribute("passwordForm") NewPasswordForm form, BindingResult errors,
            HttpServletResponse response) {
        if (form.token() == null || !identity.passwordResetUsable(form.token())) {
            return InvitationPageController.unusable(response);
        }
        if (form.password() != null && !form.password().equals(form.passwordConfirmation())) {
            errors.rejectValue("passwordConfirmation", "identity.password.mismatch");
        }
        if (!errors.hasErrors()) {
            try {
                identity.resetPassword(form.token(), Objects.requireNonNull(form.password()));
                return "redirect:/sign-in?reset";
            } catch (PasswordRefused refused) {
                errors.rejectValue("password", refused.messageKey(), refused.arguments(), refused.messageKey());
            } catch (LinkUnusable unusable) {
                return InvitationPageController.unusable(response);
            }
        }
        response.setStatus(422);
        return "identity/password-reset-confirm";
    }
}
