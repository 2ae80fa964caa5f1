package org.custodes.reporting.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodes.reporting.ReportingFixtures.*;

import java.util.Map;

import org.junit.jupiter.api.Test;

class QuestionnaireTests {

    @Test
    void aConditionalItemAppliesAndIsRequiredOnlyWhenItsConditionHolds() {
        var noPolicy = questionnaire(Map.of("P-1", "NO"), Map.of());
        assertThat(noPolicy.applicable(APPLIED)).isFalse();
        assertThat(noPolicy.required(APPLIED)).isFalse();
        var policy = questionnaire(Map.of("P-1", "YES"), Map.of());
        assertThat(policy.required(APPLIED)).isTrue();
        assertThat(policy.problems(APPLIED)).extracting(ItemProblem::messageKey).containsExactly("reporting.item.required");
        assertThat(policy.problems(POLICY_FILE)).extracting(ItemProblem::messageKey).containsExactly("reporting.item.evidence-required");
    }

    @Test
    void aConditionOnAMultipleChoiceHoldsWhenTheValueIsAmongThoseChosen() {
        assertThat(questionnaire(Map.of("F-3", "TRAINING;AUDIT"), Map.of()).applicable(REVIEWED)).isTrue();
        assertThat(questionnaire(Map.of("F-3", "TRAINING"), Map.of()).applicable(REVIEWED)).isFalse();
    }

    @Test
    void progressCountsRequiredItemsThatApplyPerSectionAndOverall() {
        var q = questionnaire(Map.of("P-1", "YES", "P-2", "PARTLY", "F-1", "50"), Map.of("P-3", 1));
        assertThat(q.progress(POLICY).percent()).isEqualTo(100);
        assertThat(q.progress(FORCE).required()).isEqualTo(2);
        assertThat(q.progress(FORCE).percent()).isEqualTo(50);
        assertThat(q.overall().required()).isEqualTo(5);
        assertThat(q.overall().answeredRequired()).isEqualTo(4);
        assertThat(q.problems()).extracting(ItemProblem::indicatorCode).containsExactly("F-2");
    }

    @Test
    void aStoredAnswerThatNoLongerFitsItsIndicatorIsAProblem() {
        var q = questionnaire(Map.of("F-2", "9000"), Map.of());
        assertThat(q.problems(INCIDENTS)).extracting(ItemProblem::messageKey).containsExactly("reporting.answer.number.range");
    }
}
