package org.custodes.membership;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The rules of membership that an oversight body may set for itself ({@code custodes.membership.*}). The defaults
 * follow the association this product was first built for; revenue bands are illustrative until a body sets its own.
 */
@ConfigurationProperties("custodes.membership")
public record MembershipSettings(@DefaultValue("3") int certificationDeadlineYears, @DefaultValue("USD") String currency,
        @DefaultValue("1000") BigDecimal joiningFee, @DefaultValue("30") int invoiceDueDays,
        @DefaultValue("90") int nonPaymentDays, @DefaultValue("30") int replyDays,
        @Nullable List<RevenueBand> revenueBands, @Nullable Map<MembershipPillar, List<String>> checklist) {

    /** Annual due for companies whose yearly revenue (in the dues currency) is at most {@code upTo}; null = no limit. */
    public record RevenueBand(String name, @Nullable BigDecimal upTo, BigDecimal annualDue) {
    }

    public MembershipSettings {
        if (revenueBands == null || revenueBands.isEmpty()) {
            revenueBands = List.of(
                    new RevenueBand("A", new BigDecimal("1000000"), new BigDecimal("1500")),
                    new RevenueBand("B", new BigDecimal("10000000"), new BigDecimal("3000")),
                    new RevenueBand("C", new BigDecimal("50000000"), new BigDecimal("6000")),
                    new RevenueBand("D", null, new BigDecimal("10000")));
        }
        var items = new EnumMap<MembershipPillar, List<String>>(MembershipPillar.class);
        items.put(MembershipPillar.COMPANY, List.of("eligibility", "code-commitment", "articles-accepted", "dues-accepted",
                "implementation-plan", "certification-commitment", "reporting-and-complaints-commitment", "grievance-mechanism",
                "references-checked"));
        items.put(MembershipPillar.CIVIL_SOCIETY, List.of("eligibility", "independence", "code-commitment",
                "articles-accepted", "references-checked"));
        items.put(MembershipPillar.STATE, List.of("eligibility", "code-commitment", "articles-accepted", "authorised-declarant"));
        items.put(MembershipPillar.OBSERVER, List.of("eligibility", "code-commitment"));
        if (checklist != null) {
            items.putAll(checklist);
        }
        checklist = Map.copyOf(items);
        revenueBands = List.copyOf(revenueBands);
    }

    public List<String> checklistFor(MembershipPillar pillar) {
        var items = checklist == null ? null : checklist.get(pillar);
        return items == null ? List.of() : items;
    }
}
