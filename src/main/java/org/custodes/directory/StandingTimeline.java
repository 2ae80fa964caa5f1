package org.custodes.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.custodes.membership.MembershipStatus;
import org.jspecify.annotations.Nullable;

/**
 * Replays a company's facts in date order through {@link StandingRules} and keeps one period per day on which the
 * public answer changed. Facts of the same day count in arrival order, and only the state at the end of the day is
 * kept: "as of a date" means at the end of that day.
 */
final class StandingTimeline {

    private StandingTimeline() {
    }

    static List<StandingPeriod> periods(List<? extends StandingFact> facts) {
        var ordered = facts.stream()
                .sorted(Comparator.comparing(StandingFact::on).thenComparingLong(StandingFact::sequence))
                .toList();
        var periods = new ArrayList<StandingPeriod>();
        @Nullable MembershipStatus membership = null;
        Map<String, Boolean> openCases = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            var fact = ordered.get(i);
            switch (fact) {
                case StandingFact.MembershipChange change -> membership = change.status();
                case StandingFact.SanctionDecision decision -> openCases.put(decision.caseReference(),
                        !decision.resolved() && StandingRules.isPublic(decision.step()));
            }
            var endOfDay = i + 1 == ordered.size() || !ordered.get(i + 1).on().equals(fact.on());
            if (endOfDay) {
                var open = openCases.containsValue(Boolean.TRUE);
                var standing = StandingRules.standing(new StandingRules.Inputs(membership, open));
                add(periods, fact.on(), standing, StandingRules.showsCorrectiveAction(standing, open));
            }
        }
        return List.copyOf(periods);
    }

    private static void add(List<StandingPeriod> periods, LocalDate day, Standing standing, boolean open) {
        var last = periods.isEmpty() ? null : periods.getLast();
        if (last == null) {
            if (standing != Standing.NOT_A_MEMBER || open) {
                periods.add(new StandingPeriod(day, standing, day, open));
            }
            return;
        }
        if (last.standing() == standing && last.correctiveActionOpen() == open) {
            return;
        }
        var since = last.standing() == standing ? last.standingSince() : day;
        periods.add(new StandingPeriod(day, standing, since, open));
    }

    /** The period in force at the end of {@code day}, if any (before the first one a company is not a member). */
    static Optional<StandingPeriod> asOf(List<StandingPeriod> periods, LocalDate day) {
        StandingPeriod found = null;
        for (var period : periods) {
            if (period.validFrom().isAfter(day)) {
                break;
            }
            found = period;
        }
        return Optional.ofNullable(found);
    }
}
