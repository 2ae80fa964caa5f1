package org.custodes.reporting.analytics;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.IntFunction;

import org.custodes.framework.Choice;
import org.custodes.framework.Indicator;
import org.custodes.reporting.questionnaire.AnswerRules;
import org.custodes.reporting.questionnaire.Questionnaire;
import org.jspecify.annotations.Nullable;

/**
 * Scores a questionnaire from the indicators' weights. Each scorable item earns a fraction from 0 to 1 (yes 1,
 * partly 0.5, no 0; a choice its score; a percentage its value; evidence given 1); an applicable scorable item left
 * unanswered earns 0; "not applicable" answers, items whose condition does not hold and items of weight 0 do not
 * count. A section's score is the weighted mean, from 0 to 100, or none when nothing in it counts.
 */
public final class Scoring {

    private Scoring() {
    }

    /** The fraction an item earns, or empty when it does not count. */
    public static OptionalDouble item(Questionnaire questionnaire, Indicator indicator) {
        if (indicator.weight() == 0 || !questionnaire.applicable(indicator)) {
            return OptionalDouble.empty();
        }
        var value = questionnaire.answer(indicator.code());
        return switch (indicator.answerType()) {
            case YES_NO -> value == null ? OptionalDouble.of(0) : OptionalDouble.of("YES".equals(value) ? 1 : 0);
            case YES_PARTLY_NO_NA -> value == null ? OptionalDouble.of(0) : switch (value) {
                case "YES" -> OptionalDouble.of(1);
                case "PARTLY" -> OptionalDouble.of(0.5);
                case "NA" -> OptionalDouble.empty();
                default -> OptionalDouble.of(0);
            };
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                if (indicator.choices().stream().allMatch(c -> c.score() == null)) {
                    yield OptionalDouble.empty();
                }
                var points = AnswerRules.chosen(value).stream().map(indicator::choice).flatMap(java.util.Optional::stream)
                        .map(Choice::score).filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).sum();
                yield OptionalDouble.of(Math.min(1.0, points / 100.0));
            }
            case PERCENTAGE -> OptionalDouble.of(value == null ? 0 : Double.parseDouble(value) / 100.0);
            case EVIDENCE_FILE -> OptionalDouble.of(questionnaire.evidenceCount(indicator.code()) > 0 ? 1 : 0);
            default -> OptionalDouble.empty();
        };
    }

    /** Score of each questionnaire section, in the library's order; sections where nothing counts are left out. */
    public static Map<String, Integer> bySection(Questionnaire questionnaire) {
        return scores(questionnaire, indicator -> new String[] { indicator.sectionCode() });
    }

    /**
     * Score of each section of the Code (A to H); an indicator counts in every section its paragraphs belong to.
     * {@code sectionOfParagraph} answers null for a paragraph it does not know.
     */
    public static Map<String, Integer> byCodeSection(Questionnaire questionnaire, IntFunction<@Nullable String> sectionOfParagraph) {
        var scores = scores(questionnaire, indicator -> indicator.paragraphs().stream().map(sectionOfParagraph::apply)
                .filter(java.util.Objects::nonNull).distinct().toArray(String[]::new));
        var sorted = new LinkedHashMap<String, Integer>();
        scores.keySet().stream().sorted().forEach(key -> sorted.put(key, scores.get(key)));
        return sorted;
    }

    private static Map<String, Integer> scores(Questionnaire questionnaire,
            java.util.function.Function<Indicator, String[]> groupsOf) {
        var earned = new LinkedHashMap<String, Double>();
        var possible = new LinkedHashMap<String, Double>();
        var order = new LinkedHashSet<String>();
        for (var indicator : questionnaire.library().indicators()) {
            var score = item(questionnaire, indicator);
            if (score.isEmpty()) {
                continue;
            }
            for (var group : groupsOf.apply(indicator)) {
                order.add(group);
                earned.merge(group, indicator.weight() * score.getAsDouble(), Double::sum);
                possible.merge(group, (double) indicator.weight(), Double::sum);
            }
        }
        var result = new LinkedHashMap<String, Integer>();
        for (var group : order) {
            result.put(group, (int) Math.round(100 * earned.get(group) / possible.get(group)));
        }
        return result;
    }

    /** The whole questionnaire's score, or none when nothing counts. */
    public static @Nullable Integer overall(Questionnaire questionnaire) {
        var all = scores(questionnaire, indicator -> new String[] { "all" });
        return all.get("all");
    }
}
