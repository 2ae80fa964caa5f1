package org.custodes.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Browsers and feed readers ask for {@code /favicon.ico} whatever the page says; the mark is one SVG, so the old
 * address points there instead of answering 404 on every first visit.
 */
@Controller
class FaviconController {

    @GetMapping("/favicon.ico")
    @PreAuthorize("permitAll()")
    String favicon() {
        return "redirect:/images/custodes.svg";
    }
}
