package org.custodes.reporting.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodes.reporting.ReportingFixtures.*;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ScoringTests {

    @Test
    void sectionScoresAreWeightedMeansOfWhatCounts() {
        // S1: yes (w3, 1) + partly (w2, 0.5) + file given (w1, 1) = 5/6
        // S2: 40 % (w2, 0.4) + audit only (w1, 0.5); incidents weigh 0; the table and the date do not score
        var q = questionnaire(Map.of("P-1", "YES", "P-2", "PARTLY", "F-1", "40", "F-3", "AUDIT"), Map.of("P-3", 2));
        assertThat(Scoring.bySection(q)).containsExactly(Map.entry("S1", 83), Map.entry("S2", 43));
        assertThat(Scoring.overall(q)).isEqualTo(70); // 6.3 of 9
    }

    @Test
    void itemsThatDoNotApplyOrAreNotApplicableDoNotCountButMissingOnesScoreZero() {
        var noPolicy = questionnaire(Map.of("P-1", "NO"), Map.of());
        assertThat(Scoring.bySection(noPolicy)).containsEntry("S1", 0);
        assertThat(Scoring.item(noPolicy, APPLIED)).isEmpty();
        var notApplicable = questionnaire(Map.of("P-1", "YES", "P-2", "NA"), Map.of("P-3", 1));
        assertThat(Scoring.bySection(notApplicable)).containsEntry("S1", 100);
        var empty = questionnaire(Map.of(), Map.of());
        assertThat(Scoring.bySection(empty)).containsExactly(Map.entry("S1", 0), Map.entry("S2", 0));
    }

    @Test
    void choicesWithoutScoresAddNothingAndScoresAreCappedAtFullMarks() {
        var q = questionnaire(Map.of("F-3", "TRAINING;AUDIT;OTHER"), Map.of());
        assertThat(Scoring.item(q, MEASURES)).hasValue(1.0);
    }

    @Test
    void codeSectionScoresFollowTheParagraphsOfEachIndicator() {
        var q = questionnaire(Map.of("P-1", "YES", "P-2", "YES", "F-1", "100", "F-3", "TRAINING"), Map.of("P-3", 1));
        var bySection = Scoring.byCodeSection(q, paragraph -> paragraph == 44 ? "G" : paragraph <= 43 ? "F" : null);
        assertThat(bySection).containsExactly(Map.entry("F", 83), Map.entry("G", 100)); // F: (2 + 0.5) of 3
    }
}
