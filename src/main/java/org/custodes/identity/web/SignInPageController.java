package org.custodes.identity.web;

import org.custodes.identity.IdentityService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security processes the form it posts (and, when on, the sign-in with the provider). */
@Controller
class SignInPageController {

    private final IdentityService identity;

    SignInPageController(IdentityService identity) {
        this.identity = identity;
    }

    @GetMapping("/sign-in")
    @PreAuthorize("permitAll()")
    String signIn(Model model) {
        model.addAttribute("singleSignOn", identity.singleSignOnProvider().orElse(null));
        return "identity/sign-in";
    }
}
