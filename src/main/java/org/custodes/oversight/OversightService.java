package org.custodes.oversight;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.custodes.membership.MemberStanding;
import org.custodes.membership.MembershipService;
import org.custodes.organisation.OrganisationService;
import org.custodes.shared.Actor;
import org.custodes.shared.CountryCode;
import org.custodes.shared.NotFound;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The oversight ranking and its country-risk list: the only way in for pages, the API and the daily job. Permissions:
 * {@code oversight:ranking} (secretariat and Board: read the ranking and its reasons), {@code oversight:administer}
 * (secretariat: recompute on demand, keep the country-risk list). Companies hold neither.
 */
@Service
@Transactional
public class OversightService {

    private static final int HISTORY_DAYS = 90;

    private final MembershipService membership;
    private final OrganisationService organisations;
    private final List<RiskSignalSource> sources;
    private final CountryRisks countryRisks;
    private final RankingSnapshots snapshots;
    private final OversightSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OversightService(MembershipService membership, OrganisationService organisations, List<RiskSignalSource> sources,
            CountryRisks countryRisks, RankingSnapshots snapshots, OversightSettings settings,
            ApplicationEventPublisher events, Clock clock) {
        this.membership = membership;
        this.organisations = organisations;
        this.sources = sources;
        this.countryRisks = countryRisks;
        this.snapshots = snapshots;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** The latest ranking, filtered by a country of operation or a region when one is given. */
    @PreAuthorize("hasAuthority('oversight:ranking')")
    @Transactional(readOnly = true)
    public List<RankingLine> ranking(@Nullable String country, @Nullable String region) {
        return ranking(country, region, Integer.MAX_VALUE);
    }

    /** The first {@code limit} lines of the latest ranking (a page shows the top of a long list). */
    @PreAuthorize("hasAuthority('oversight:ranking')")
    @Transactional(readOnly = true)
    public List<RankingLine> ranking(@Nullable String country, @Nullable String region, int limit) {
        return snapshots.latestDay()
                .map(day -> snapshots.ranking(day, blankToNull(country), blankToNull(region), Math.max(1, limit)))
                .orElse(List.of());
    }

    /** How many companies the latest ranking holds under the filter. */
    @PreAuthorize("hasAuthority('oversight:ranking')")
    @Transactional(readOnly = true)
    public long rankedCount(@Nullable String country, @Nullable String region) {
        return snapshots.latestDay().map(day -> snapshots.count(day, blankToNull(country), blankToNull(region)))
                .orElse(0L);
    }

    /** A company's place in the latest ranking with its reasons; 404 when it is not ranked. */
    @PreAuthorize("hasAuthority('oversight:ranking')")
    @Transactional(readOnly = true)
    public RankingLine explanation(OrganisationId company) {
        return snapshots.latestDay().flatMap(day -> snapshots.line(day, company))
                .orElseThrow(() -> new NotFound("ranked company", company));
    }

    /** The company's rank and score on each of the last 90 days it was ranked, newest first. */
    @PreAuthorize("hasAuthority('oversight:ranking')")
    @Transactional(readOnly = true)
    public List<RankPoint> history(OrganisationId company) {
        return snapshots.history(company, LocalDate.now(clock).minusDays(HISTORY_DAYS));
    }

    /** The signal weights in force, for the page's legend. */
    @PreAuthorize("hasAuthority('oversight:ranking')")
    public java.util.Map<String, Double> weights() {
        return new java.util.TreeMap<>(settings.weights());
    }

    @PreAuthorize("hasAuthority('oversight:ranking')")
    @Transactional(readOnly = true)
    public List<CountryRisk> countryRisks() {
        return countryRisks.all();
    }

    /** Enters a country on the risk list (expected version -1) or changes it at the version the editor read. */
    @PreAuthorize("hasAuthority('oversight:administer')")
    public CountryRisk setCountryRisk(CountryRisk risk, long expectedVersion) {
        var by = Actor.current().map(actor -> actor.userId().value()).orElse(null);
        if (expectedVersion < 0 && countryRisks.find(risk.country()).isPresent()) {
            throw new OversightRefused("country", "oversight.country-risk.exists", risk.country().value());
        }
        countryRisks.save(risk, expectedVersion, clock.instant(), by);
        events.publishEvent(new CountryRiskSet(risk.country().value(), risk.region(), risk.risk(), risk.source()));
        return countryRisks.find(risk.country()).orElseThrow();
    }

    @PreAuthorize("hasAuthority('oversight:ranking')")
    @Transactional(readOnly = true)
    public Optional<CountryRisk> countryRisk(CountryCode country) {
        return countryRisks.find(country);
    }

    /** The secretariat's recompute on demand: today's snapshot replaced. */
    @PreAuthorize("hasAuthority('oversight:administer')")
    public int recompute() {
        return recomputeToday(Actor.current().map(actor -> actor.userId().toString()).orElse(null));
    }

    /**
     * Computes today's ranking of every member and affiliate and replaces today's snapshot. Set-based: one query for
     * the memberships, one for the organisations, one for the country list, a few per signal source, and four to
     * store, whatever the number of companies. For the daily job and the secretariat's request only.
     */
    int recomputeToday(@Nullable String by) {
        var today = LocalDate.now(clock);
        var standings = membership.membersAndAffiliates().stream()
                .collect(Collectors.toMap(MemberStanding::organisation, standing -> standing));
        var risks = countryRisks.byCountry();
        var companies = organisations.summariesOf(standings.keySet()).stream()
                .map(summary -> new RankedCompany(summary.id(), summary.legalName(),
                        summary.countriesOfOperation().isEmpty() ? java.util.Set.of(summary.countryOfRegistration())
                                : summary.countriesOfOperation(),
                        summary.services(), standings.get(summary.id())))
                .toList();
        var population = new RankingPopulation(companies, today, risks);
        var readings = new HashMap<String, java.util.Map<OrganisationId, SignalReading>>();
        sources.forEach(source -> readings.putAll(source.read(population)));
        var scores = RankingArithmetic.rank(companies, settings.weights(), readings);
        var countries = new HashMap<OrganisationId, List<String>>();
        var regions = new HashMap<OrganisationId, List<String>>();
        for (var company : companies) {
            countries.put(company.id(), company.countries().stream().map(CountryCode::value).sorted().toList());
            regions.put(company.id(), company.countries().stream().map(risks::get)
                    .filter(java.util.Objects::nonNull).map(CountryRisk::region).distinct().sorted().toList());
        }
        snapshots.replace(today, scores, countries, regions, clock.instant());
        events.publishEvent(new RankingRecomputed(today, scores.size(), by));
        return scores.size();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
