package org.custodes.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.custodes.identity.IdentityService;
import org.custodes.identity.SignInPaths;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The sign-in page after a refused attempt, reached by forward from {@link SignInOutcome}. */
@Controller
class SignInRefusedPageController {

    private final IdentityService identity;

    SignInRefusedPageController(IdentityService identity) {
        this.identity = identity;
    }

    @PostMapping(SignInPaths.REFUSED)
    @PreAuthorize("permitAll()")
    String refused(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(request.getAttribute(SignInPaths.REFUSED_STATUS) instanceof Integer status ? status : 401);
        model.addAttribute("refused", true);
        model.addAttribute("singleSignOn", identity.singleSignOnProvider().orElse(null));
        return "identity/sign-in";
    }

    /** The refused page's own links (the language switch) lead back to the sign-in form. */
    @GetMapping(SignInPaths.REFUSED)
    @PreAuthorize("permitAll()")
    String backToSignIn() {
        return "redirect:/sign-in";
    }
}
