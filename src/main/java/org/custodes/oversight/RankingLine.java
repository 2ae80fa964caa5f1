package org.custodes.oversight;

import java.time.Instant;
import java.util.List;

/** A line of a stored ranking: the company's score, where it operates and the regions of those countries. */
public record RankingLine(CompanyScore score, List<String> countries, List<String> regions, Instant computedAt) {

    public RankingLine {
        countries = List.copyOf(countries);
        regions = List.copyOf(regions);
    }
}
