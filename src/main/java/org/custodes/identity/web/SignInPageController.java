package org.custodes.identity.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security processes the form it posts. */
@Controller
class SignInPageController {

    @GetMapping("/sign-in")
    @PreAuthorize("permitAll()")
    String signIn() {
        return "identity/sign-in";
    }
}
