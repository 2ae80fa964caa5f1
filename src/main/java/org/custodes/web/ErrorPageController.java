package org.custodes.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** The page Spring Security forwards to when a signed-in user may not do something. */
@Controller
class ErrorPageController {

    @RequestMapping("/error/403")
    @PreAuthorize("permitAll()")
    String forbidden(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "error/403";
    }
}
