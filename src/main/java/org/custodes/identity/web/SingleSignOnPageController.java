package org.custodes.identity.web;

import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.custodes.identity.ExternalIdentityLink;
import org.custodes.identity.IdentityService;
import org.custodes.identity.SignInPaths;
import org.custodes.shared.BusinessRuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Single sign-on's pages: what became of a sign-in with the identity provider (refused, or its link waiting for an
 * administrator), and the administrator's list of links to approve or refuse.
 */
@Controller
class SingleSignOnPageController {

    /** The outcomes the sign-in handler sends here; anything else reads as the provider's error. */
    private static final Set<String> OUTCOMES = Set.of("pending", "unverified-email", "unknown-account", "not-staff",
            "role-mismatch", "account-disabled", "link-refused", "provider-error");
    private static final String LINKS = "/identity/single-sign-on/links";

    private final IdentityService identity;

    SingleSignOnPageController(IdentityService identity) {
        this.identity = identity;
    }

    @GetMapping(SignInPaths.SINGLE_SIGN_ON_OUTCOME)
    @PreAuthorize("permitAll()")
    String outcome(@RequestParam(defaultValue = "provider-error") String outcome, Model model,
            HttpServletResponse response) {
        var known = OUTCOMES.contains(outcome) ? outcome : "provider-error";
        if (!"pending".equals(known)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        }
        model.addAttribute("outcome", known);
        model.addAttribute("provider", identity.singleSignOnProvider().orElse(null));
        return "identity/single-sign-on-outcome";
    }

    @GetMapping(LINKS)
    @PreAuthorize("hasAuthority('identity:manage-roles')")
    String links(Model model) {
        return page(model, null);
    }

    @PostMapping(LINKS + "/approval")
    @PreAuthorize("hasAuthority('identity:manage-roles')")
    String approve(@RequestParam UUID link, Model model, HttpServletResponse response) {
        return decide(link, true, model, response);
    }

    @PostMapping(LINKS + "/refusal")
    @PreAuthorize("hasAuthority('identity:manage-roles')")
    String refuse(@RequestParam UUID link, Model model, HttpServletResponse response) {
        return decide(link, false, model, response);
    }

    private String decide(UUID link, boolean approve, Model model, HttpServletResponse response) {
        try {
            identity.decideExternalIdentityLink(link, approve);
            return "redirect:" + LINKS + (approve ? "?approved" : "?refused");
        } catch (BusinessRuleViolation violation) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return page(model, violation.messageKey());
        }
    }

    private String page(Model model, @Nullable String problem) {
        model.addAttribute("pending", identity.externalIdentityLinks(ExternalIdentityLink.Status.PENDING));
        model.addAttribute("approved", identity.externalIdentityLinks(ExternalIdentityLink.Status.APPROVED));
        model.addAttribute("actionError", problem);
        return "identity/single-sign-on-links";
    }
}
