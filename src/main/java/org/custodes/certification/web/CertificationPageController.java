package org.custodes.certification.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The certification workspace: links to what the signed-in role may do. */
@Controller
class CertificationPageController {

    @GetMapping("/certification")
    @PreAuthorize("hasAnyAuthority('certification:read', 'certification:manage', 'certification:enter-certificates', 'certification:apply')")
    String index() {
        return "certification/index";
    }
}
