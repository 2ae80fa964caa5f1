package org.custodes.oversight.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.custodes.oversight.OversightService;
import org.custodes.oversight.RankingLine;
import org.custodes.shared.BusinessRuleViolation;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The ranking of whom to visit as JSON, for the secretariat and the Board only. */
@RestController
@RequestMapping("/api/v1/oversight")
class OversightApiController {

    private final OversightService oversight;

    OversightApiController(OversightService oversight) {
        this.oversight = oversight;
    }

    @GetMapping("/ranking")
    @PreAuthorize("hasAuthority('oversight:ranking')")
    @Operation(summary = "The latest ranking, best rank first, each company with its reasons and their weights "
            + "(the first `limit` lines, 100 by default)")
    List<RankingLine> ranking(@RequestParam(required = false) @Nullable String country,
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(defaultValue = "" + RankingPageController.SHOWN) int limit) {
        if (limit < 1) {
            throw new BusinessRuleViolation("oversight.api.limit");
        }
        return oversight.ranking(country, region, limit);
    }

    @PostMapping("/ranking/recompute")
    @PreAuthorize("hasAuthority('oversight:administer')")
    @Operation(summary = "Compute today's ranking again now (secretariat); answers how many companies were ranked")
    Map<String, Integer> recompute() {
        return Map.of("ranked", oversight.recompute());
    }

    @GetMapping("/ranking/{id}")
    @PreAuthorize("hasAuthority('oversight:ranking')")
    @Operation(summary = "A company's place in the latest ranking with its reasons")
    RankingLine explanation(@PathVariable UUID id) {
        return oversight.explanation(new OrganisationId(id));
    }
}
