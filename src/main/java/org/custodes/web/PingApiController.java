package org.custodes.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The trivial endpoint benchmarks compare every scenario with: same server, same filters, no work. */
@RestController
class PingApiController {

    @GetMapping("/api/v1/ping")
    @PreAuthorize("permitAll()")
    String ping() {
        return "pong";
    }
}
