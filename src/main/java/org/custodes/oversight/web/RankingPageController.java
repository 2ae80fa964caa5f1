package org.custodes.oversight.web;

import java.util.Locale;
import java.util.UUID;

import org.custodes.oversight.OversightService;
import org.custodes.shared.Actor;
import org.custodes.shared.CountryCode;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The ranking of whom to visit (secretariat and Board), filtered by country of operation or region, a company's
 * explanation with its reasons, weights and history, and the secretariat's recompute on demand.
 */
@Controller
class RankingPageController {

    /** The page shows the top of the list; filters by country or region narrow it to plan a mission. */
    static final int SHOWN = 100;

    private final OversightService oversight;

    RankingPageController(OversightService oversight) {
        this.oversight = oversight;
    }

    @GetMapping("/oversight/ranking")
    @PreAuthorize("hasAuthority('oversight:ranking')")
    String ranking(@RequestParam(required = false) @Nullable String country,
            @RequestParam(required = false) @Nullable String region, Locale locale, Model model) {
        var lines = oversight.ranking(country, region, SHOWN);
        model.addAttribute("total", oversight.rankedCount(country, region));
        var risks = oversight.countryRisks();
        model.addAttribute("lines", lines);
        model.addAttribute("country", country == null ? "" : country.strip());
        model.addAttribute("region", region == null ? "" : region.strip());
        model.addAttribute("regions", risks.stream().map(risk -> risk.region()).distinct().sorted().toList());
        model.addAttribute("countries", risks.stream().map(risk -> risk.country().value()).sorted().toList());
        // Codes are what the filter sends and the snapshot keeps; people read the country's name in their language.
        var names = new java.util.HashMap<String, String>();
        risks.forEach(risk -> names.put(risk.country().value(), risk.country().displayName(locale)));
        lines.forEach(line -> line.countries().forEach(code -> names.computeIfAbsent(code,
                known -> new CountryCode(known).displayName(locale))));
        model.addAttribute("countryNames", names);
        model.addAttribute("weights", oversight.weights());
        model.addAttribute("computedAt", lines.isEmpty() ? null : lines.getFirst().computedAt());
        model.addAttribute("canRecompute", Actor.holds("oversight:administer"));
        return "oversight/ranking";
    }

    @GetMapping("/oversight/ranking/{id}")
    @PreAuthorize("hasAuthority('oversight:ranking')")
    String explanation(@PathVariable UUID id, Model model) {
        var company = new OrganisationId(id);
        model.addAttribute("line", oversight.explanation(company));
        model.addAttribute("history", oversight.history(company));
        model.addAttribute("weights", oversight.weights());
        return "oversight/explanation";
    }

    @PostMapping("/oversight/ranking/recompute")
    @PreAuthorize("hasAuthority('oversight:administer')")
    String recompute() {
        oversight.recompute();
        return "redirect:/oversight/ranking?recomputed";
    }
}
