package org.custodes.oversight;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.custodes.shared.CountryCode;

/** Everything a signal source may need besides its own facade: the companies, the day, and the country-risk list. */
public record RankingPopulation(List<RankedCompany> companies, LocalDate today, Map<CountryCode, CountryRisk> countryRisks) {
}
