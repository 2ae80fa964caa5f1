package org.custodes.oversight;

import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.custodes.membership.MembershipStatus;
import org.custodes.shared.OrganisationId;
import org.springframework.stereotype.Component;

/**
 * The signals read from what the population already carries, with no query of their own: the country risk of where
 * the company operates (the highest on the list among its countries of operation, or its country of registration
 * when it names none), its higher-risk services, its self-assessment (missing or late reads 1, accepted but not
 * satisfactory 0.5) and its certification (suspended or past its deadline 1, an uncertified affiliate 0.5, a member
 * still before its deadline 0.25, certified 0).
 */
@Component
class StandingSignals implements RiskSignalSource {

    private final OversightSettings settings;

    StandingSignals(OversightSettings settings) {
        this.settings = settings;
    }

    @Override
    public Map<String, Map<OrganisationId, SignalReading>> read(RankingPopulation population) {
        var country = new HashMap<OrganisationId, SignalReading>();
        var services = new HashMap<OrganisationId, SignalReading>();
        var selfAssessment = new HashMap<OrganisationId, SignalReading>();
        var certification = new HashMap<OrganisationId, SignalReading>();
        for (var company : population.companies()) {
            company.countries().stream().map(population.countryRisks()::get).filter(java.util.Objects::nonNull)
                    .max(java.util.Comparator.comparingInt(CountryRisk::risk))
                    .ifPresent(risk -> country.put(company.id(), new SignalReading(risk.risk() / 100.0,
                            List.of(risk.country().value(), Integer.toString(risk.risk())))));
            var higher = company.services().stream().filter(settings.higherRiskServices()::contains).sorted()
                    .map(Enum::name).toList();
            if (!higher.isEmpty()) {
                services.put(company.id(), new SignalReading(1, List.of(String.join(", ", higher))));
            }
            selfAssessment.put(company.id(), selfAssessment(company, population.today().getYear()));
            certification.put(company.id(), certification(company, population));
        }
        return Map.of("country", country, "services", services, "self-assessment", selfAssessment, "certification",
                certification);
    }

    private SignalReading selfAssessment(RankedCompany company, int year) {
        var latest = company.standing().latestSelfAssessment();
        if (latest == null) {
            return new SignalReading(1, List.of("none"));
        }
        if (latest.year() < year - settings.selfAssessmentLagYears()) {
            return new SignalReading(1, List.of("late", Integer.toString(latest.year())));
        }
        if (!latest.satisfactory()) {
            return new SignalReading(0.5, List.of("unsatisfactory", Integer.toString(latest.year())));
        }
        return new SignalReading(0, List.of("satisfactory", Integer.toString(latest.year())));
    }

    private static SignalReading certification(RankedCompany company, RankingPopulation population) {
        var standing = company.standing();
        if (standing.status() == MembershipStatus.CERTIFIED_MEMBER) {
            return new SignalReading(0, List.of("certified"));
        }
        if (standing.status() == MembershipStatus.SUSPENDED) {
            return new SignalReading(1, List.of("suspended"));
        }
        if (standing.status() == MembershipStatus.AFFILIATE) {
            return new SignalReading(0.5, List.of("affiliate"));
        }
        var deadline = standing.certificationDeadline();
        if (standing.deadlinePassedOn() != null || deadline != null && deadline.isBefore(population.today())) {
            return new SignalReading(1, List.of("deadline-passed", String.valueOf(deadline)));
        }
        var days = deadline == null ? -1 : ChronoUnit.DAYS.between(population.today(), deadline);
        return new SignalReading(0.25, List.of("before-deadline", String.valueOf(deadline), Long.toString(days)));
    }
}
