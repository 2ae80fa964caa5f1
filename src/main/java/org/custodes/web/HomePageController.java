package org.custodes.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public home page and the signed-in workspace. */
@Controller
class HomePageController {

    @GetMapping("/")
    @PreAuthorize("permitAll()")
    String home() {
        return "web/home";
    }

    @GetMapping("/workspace")
    @PreAuthorize("isFullyAuthenticated()")
    String workspace() {
        return "web/workspace";
    }
}
