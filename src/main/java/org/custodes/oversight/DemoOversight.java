package org.custodes.oversight;

import java.util.List;

import org.custodes.shared.CountryCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo oversight: a country-risk list for the countries the demo companies operate in, and today's ranking over the
 * demo members and affiliates, computed after the other modules' demo data (complaints, observations, concerns,
 * findings, self-assessments) is in. The risks are demo values for illustration, marked as such in their source:
 * they are not figures of any index, and a real body enters the figures of the index it relies on.
 */
@Component
@ConditionalOnProperty(name = "custodes.demo.enabled", havingValue = "true")
class DemoOversight {

    static final String DEMO_SOURCE = "Demo value for illustration, not an index figure: replace with 100 minus the "
            + "country's World Bank WGI Political Stability and Absence of Violence/Terrorism percentile rank";
    private static final Logger log = LoggerFactory.getLogger(DemoOversight.class);

    private record Entry(String country, String region, int risk) {
    }

    private static final List<Entry> ENTRIES = List.of(new Entry("GB", "Europe", 30), new Entry("FR", "Europe", 35),
            new Entry("GR", "Europe", 40), new Entry("AE", "Middle East and North Africa", 30),
            new Entry("OM", "Middle East and North Africa", 30), new Entry("IQ", "Middle East and North Africa", 90),
            new Entry("SO", "Sub-Saharan Africa", 95), new Entry("ML", "Sub-Saharan Africa", 90),
            new Entry("DJ", "Sub-Saharan Africa", 55), new Entry("KE", "Sub-Saharan Africa", 70),
            new Entry("UG", "Sub-Saharan Africa", 70), new Entry("TZ", "Sub-Saharan Africa", 55),
            new Entry("SN", "Sub-Saharan Africa", 45), new Entry("CI", "Sub-Saharan Africa", 60),
            new Entry("CO", "Latin America", 80), new Entry("PE", "Latin America", 60),
            new Entry("EC", "Latin America", 60));

    private final OversightService oversight;
    private final CountryRisks countryRisks;

    DemoOversight(OversightService oversight, CountryRisks countryRisks) {
        this.oversight = oversight;
        this.countryRisks = countryRisks;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(80) // after every module whose demo data the ranking reads
    void load(ApplicationReadyEvent ready) {
        if (!countryRisks.all().isEmpty()) {
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null,
                AuthorityUtils.createAuthorityList("oversight:administer", "oversight:ranking")));
        SecurityContextHolder.setContext(context);
        try {
            ENTRIES.forEach(entry -> oversight.setCountryRisk(new CountryRisk(new CountryCode(entry.country()),
                    entry.region(), entry.risk(), DEMO_SOURCE, 0), -1));
            var ranked = oversight.recompute();
            log.info("Demo oversight loaded: {} countries on the risk list, {} companies ranked", ENTRIES.size(), ranked);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
