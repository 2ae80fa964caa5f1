package org.custodes.oversight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.custodes.shared.OrganisationId;

/**
 * The ranking's arithmetic, with no hidden term: a company's score is the sum over the signals of weight × intensity
 * (each intensity in [0, 1]), so the score lies between 0 and the sum of the weights. Companies are ranked by score,
 * highest first; equal scores share a rank (1, 2, 2, 4) and are listed by name.
 */
final class RankingArithmetic {

    private RankingArithmetic() {
    }

    static List<CompanyScore> rank(List<RankedCompany> companies, Map<String, Double> weights,
            Map<String, Map<OrganisationId, SignalReading>> readings) {
        record Scored(RankedCompany company, double score, List<Reason> reasons) {
        }
        var scored = new ArrayList<Scored>();
        for (var company : companies) {
            var reasons = new ArrayList<Reason>();
            var score = 0.0;
            for (var weight : weights.entrySet()) {
                var reading = readings.getOrDefault(weight.getKey(), Map.of()).get(company.id());
                if (reading == null || weight.getValue() == 0) {
                    continue;
                }
                var points = weight.getValue() * reading.intensity();
                score += points;
                reasons.add(new Reason(weight.getKey(), weight.getValue(), reading.intensity(), points,
                        reading.facts()));
            }
            reasons.sort(Comparator.comparingDouble(Reason::points).reversed().thenComparing(Reason::signal));
            scored.add(new Scored(company, round(score), reasons));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparing(entry -> entry.company().name()).thenComparing(entry -> entry.company().id().value()));
        var ranked = new ArrayList<CompanyScore>();
        for (var index = 0; index < scored.size(); index++) {
            var entry = scored.get(index);
            var rank = index > 0 && scored.get(index - 1).score() == entry.score() ? ranked.get(index - 1).rank()
                    : index + 1;
            ranked.add(new CompanyScore(entry.company().id(), entry.company().name(), rank, entry.score(),
                    entry.reasons()));
        }
        return ranked;
    }

    /** Scores kept to two decimals, so that equal sums of different terms tie as the reader expects. */
    private static double round(double score) {
        return Math.round(score * 100) / 100.0;
    }
}
