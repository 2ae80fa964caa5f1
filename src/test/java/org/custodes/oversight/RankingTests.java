package org.custodes.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.custodes.membership.LatestSelfAssessment;
import org.custodes.membership.MemberStanding;
import org.custodes.membership.MembershipStatus;
import org.custodes.organisation.SecurityService;
import org.custodes.shared.CountryCode;
import org.custodes.shared.OrganisationId;
import org.junit.jupiter.api.Test;

class RankingTests {

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-07T06:00:00Z"), ZoneOffset.UTC);
    private final LocalDate today = LocalDate.now(clock);

    @Test
    void aScoreIsTheSumOfWeightTimesIntensityAndTheReasonsShowEachTermLargestFirst() {
        var a = company("Alpha", MembershipStatus.CERTIFIED_MEMBER, null, null);
        var scores = RankingArithmetic.rank(List.of(a), Map.of("complaints", 20.0, "country", 10.0),
                Map.of("complaints", Map.of(a.id(), SignalReading.ofCount(2, 3, "2", "2", "365")),
                        "country", Map.of(a.id(), new SignalReading(0.9, List.of("IQ", "90")))));
        var score = scores.getFirst();
        assertThat(score.score()).isEqualTo(22.33); // 20 × 2/3 + 10 × 0.9
        assertThat(score.reasons()).extracting(Reason::signal).containsExactly("complaints", "country");
        assertThat(score.reasons().getFirst().points()).isCloseTo(13.333, org.assertj.core.data.Offset.offset(0.001));
        assertThat(score.reasons().get(1).weight()).isEqualTo(10.0);
    }

    @Test
    void equalScoresShareARankAndTheNextRankSkipsAndAWeightOfZeroSwitchesASignalOff() {
        var a = company("Alpha", MembershipStatus.MEMBER, null, null);
        var b = company("Bravo", MembershipStatus.MEMBER, null, null);
        var c = company("Charlie", MembershipStatus.MEMBER, null, null);
        var scores = RankingArithmetic.rank(List.of(c, b, a), Map.of("concerns", 10.0, "services", 0.0),
                Map.of("concerns", Map.of(a.id(), new SignalReading(1, List.of("3")), b.id(),
                        new SignalReading(1, List.of("3")), c.id(), new SignalReading(0.5, List.of("1"))),
                        "services", Map.of(c.id(), new SignalReading(1, List.of("MARITIME_SECURITY")))));
        assertThat(scores).extracting(CompanyScore::name).containsExactly("Alpha", "Bravo", "Charlie");
        assertThat(scores).extracting(CompanyScore::rank).containsExactly(1, 1, 3);
        assertThat(scores.get(2).score()).isEqualTo(5.0);
        assertThat(scores.get(2).reasons()).extracting(Reason::signal).containsExactly("concerns");
    }

    @Test
    void aCountReachesFullIntensityAtTheSaturationAndAnIntensityOutsideZeroToOneIsRefused() {
        assertThat(SignalReading.ofCount(0, 3).intensity()).isZero();
        assertThat(SignalReading.ofCount(3, 3).intensity()).isEqualTo(1.0);
        assertThat(SignalReading.ofCount(9, 3).intensity()).isEqualTo(1.0);
        assertThatThrownBy(() -> new SignalReading(1.5, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theStandingSignalsReadLatenessAndCertificationAgainstTheInjectedClock() {
        var late = company("Late", MembershipStatus.MEMBER, today.minusDays(1),
                new LatestSelfAssessment(2024, true, LocalDate.of(2025, 3, 1)));
        var onTime = company("OnTime", MembershipStatus.MEMBER, today.plusDays(30),
                new LatestSelfAssessment(2025, false, LocalDate.of(2026, 3, 1)));
        var certified = company("Certified", MembershipStatus.CERTIFIED_MEMBER, null,
                new LatestSelfAssessment(2026, true, LocalDate.of(2026, 11, 1)));
        var none = company("None", MembershipStatus.AFFILIATE, null, null);
        var readings = new StandingSignals(OversightSettings.defaults()).read(new RankingPopulation(
                List.of(late, onTime, certified, none), today,
                Map.of(new CountryCode("KE"), new CountryRisk(new CountryCode("KE"), "Africa", 70, "test", 0))));
        var selfAssessment = readings.get("self-assessment");
        assertThat(selfAssessment.get(late.id()).facts()).containsExactly("late", "2024");
        assertThat(selfAssessment.get(late.id()).intensity()).isEqualTo(1.0);
        assertThat(selfAssessment.get(onTime.id()).intensity()).isEqualTo(0.5);
        assertThat(selfAssessment.get(certified.id()).intensity()).isZero();
        assertThat(selfAssessment.get(none.id()).facts()).containsExactly("none");
        var certification = readings.get("certification");
        assertThat(certification.get(late.id()).facts().getFirst()).isEqualTo("deadline-passed");
        assertThat(certification.get(onTime.id()).facts()).containsExactly("before-deadline",
                today.plusDays(30).toString(), "30");
        assertThat(certification.get(certified.id()).intensity()).isZero();
        assertThat(certification.get(none.id()).intensity()).isEqualTo(0.5);
        assertThat(readings.get("country").get(late.id()).intensity()).isEqualTo(0.7);
        assertThat(readings.get("services")).containsOnlyKeys(late.id(), onTime.id(), certified.id(), none.id());
    }

    @Test
    void aDeadlineTheClockHasNotReachedIsNotPassedTheDayAfterItIs() {
        var company = company("Edge", MembershipStatus.MEMBER, today, null);
        var signals = new StandingSignals(OversightSettings.defaults());
        var onTheDay = signals.read(new RankingPopulation(List.of(company), today, Map.of()));
        var dayAfter = signals.read(new RankingPopulation(List.of(company), today.plusDays(1), Map.of()));
        assertThat(onTheDay.get("certification").get(company.id()).facts().getFirst()).isEqualTo("before-deadline");
        assertThat(dayAfter.get("certification").get(company.id()).facts().getFirst()).isEqualTo("deadline-passed");
    }

    @Test
    void aNegativeWeightIsRefusedAndAMissingWeightKeepsItsDefault() {
        assertThatThrownBy(() -> new OversightSettings(Map.of("country", -1.0), 3, 365, null, 1))
                .isInstanceOf(IllegalArgumentException.class);
        var settings = new OversightSettings(Map.of("country", 5.0), 3, 365, null, 1);
        assertThat(settings.weights()).containsEntry("country", 5.0).containsEntry("complaints", 20.0);
    }

    private static RankedCompany company(String name, MembershipStatus status, LocalDate deadline,
            LatestSelfAssessment latest) {
        var id = new OrganisationId(UUID.randomUUID());
        return new RankedCompany(id, name, Set.of(new CountryCode("KE")), Set.of(SecurityService.CLOSE_PROTECTION),
                new MemberStanding(id, status, deadline, null, latest));
    }
}
