package org.custodes.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Objects;
import org.custodes.identity.AcceptInvitation;
import org.custodes.identity.IdentityService;
import org.custodes.identity.LinkUnusable;
import org.custodes.identity.PasswordRefused;
import org.custodes.shared.BusinessRuleViolation;
import org.custodes.shared.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public page where an invited person chooses their name and password. The link is their only credential. */
@Controller
@RequestMapping("/invitations/accept")
class InvitationPageController {

    static final String UNUSABLE = "identity/link-unusable";

    private final IdentityService identity;

    InvitationPageController(IdentityService identity) {
        this.identity = identity;
    }

    @GetMapping
    @PreAuthorize("permitAll()")
    String show(@RequestParam(required = false) @Nullable String token, Model model, HttpServletResponse response) {
        var invitation = token == null ? null : identity.openInvitation(token).orElse(null);
        if (invitation == null) {
            return unusable(response);
        }
        model.addAttribute("invitation", invitation);
        model.addAttribute("acceptForm", new AcceptInvitationForm(token, invitation.displayName(), null, null));
        return "identity/invitation-accept";
    }

    @PostMapping
    @PreAuthorize("permitAll()")
    String accept(@Valid @ModelAttribute("acceptForm") AcceptInvitationForm form, BindingResult errors, Model model,
            HttpServletResponse response) {
        var invitation = form.token() == null ? null : identity.openInvitation(form.token()).orElse(null);
        if (invitation == null) {
            return unusable(response);
        }
        if (form.password() != null && !form.password().equals(form.passwordConfirmation())) {
            errors.rejectValue("passwordConfirmation", "identity.password.mismatch");
        }
        if (!errors.hasErrors()) {
            try {
                identity.acceptInvitation(new AcceptInvitation(form.token(), Objects.requireNonNull(form.displayName()),
                        form.password()));
                return "redirect:/sign-in?ready";
            } catch (PasswordRefused refused) {
                errors.rejectValue("password", refused.messageKey(), refused.arguments(), refused.messageKey());
            } catch (LinkUnusable unusable) {
                return unusable(response);
            } catch (BusinessRuleViolation violation) {
                FormErrors.reject(errors, violation);
            }
        }
        model.addAttribute("invitation", invitation);
        response.setStatus(422);
        return "identity/invitation-accept";
    }

    /** One page for unknown, expired, used and revoked links alike. */
    static String unusable(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return UNUSABLE;
    }
}
