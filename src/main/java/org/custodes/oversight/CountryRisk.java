package org.custodes.oversight;

import org.custodes.shared.CountryCode;

/**
 * A country on the secretariat's risk list: its region (for filtering the ranking), a risk from 0 (lowest) to 100
 * (highest), and where the figure comes from (for example an index, its indicator and year).
 */
public record CountryRisk(CountryCode country, String region, int risk, String source, long version) {

    public CountryRisk {
        if (risk < 0 || risk > 100) {
            throw new OversightRefused("risk", "oversight.country-risk.out-of-range", risk);
        }
        region = region.strip();
        source = source.strip();
        if (region.isEmpty()) {
            throw new OversightRefused("region", "oversight.country-risk.region-missing");
        }
        if (source.isEmpty()) {
            throw new OversightRefused("source", "oversight.country-risk.source-missing");
        }
    }
}
