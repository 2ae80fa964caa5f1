package org.custodes.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Objects;
import java.util.UUID;
import org.custodes.identity.ApiTokenId;
import org.custodes.identity.CreateApiToken;
import org.custodes.identity.IdentityService;
import org.custodes.shared.BusinessRuleViolation;
import org.custodes.shared.PageQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A signed-in person's own API tokens: create one (its secret shown once), see them, revoke them. */
@Controller
@RequestMapping("/account/tokens")
class ApiTokenPageController {

    private static final String VIEW = "identity/api-tokens";

    private final IdentityService identity;

    ApiTokenPageController(IdentityService identity) {
        this.identity = identity;
    }

    @GetMapping
    @PreAuthorize("isFullyAuthenticated()")
    String show(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("tokenForm", CreateApiTokenForm.blank());
        return page(page, model);
    }

    @PostMapping
    @PreAuthorize("isFullyAuthenticated()")
    String create(@Valid @ModelAttribute("tokenForm") CreateApiTokenForm form, BindingResult errors, Model model,
            HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                // Rendered, not redirected: the secret must not be parked in the session for a later request.
                model.addAttribute("issued", identity.createApiToken(
                        new CreateApiToken(Objects.requireNonNull(form.name()), form.expiresOn())));
                model.addAttribute("tokenForm", CreateApiTokenForm.blank());
                return page(0, model);
            } catch (BusinessRuleViolation violation) {
                errors.rejectValue("expiresOn", violation.messageKey(), violation.arguments(), violation.messageKey());
            }
        }
        response.setStatus(422);
        return page(0, model);
    }

    @PostMapping("/{id}/revocation")
    @PreAuthorize("isFullyAuthenticated()")
    String revoke(@PathVariable UUID id) {
        identity.revokeApiToken(new ApiTokenId(id));
        return "redirect:/account/tokens?revoked";
    }

    private String page(int page, Model model) {
        model.addAttribute("tokens", identity.apiTokens(new PageQuery(page, PageQuery.DEFAULT_SIZE)));
        return VIEW;
    }
}
