package org.custodes.reporting.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.custodes.reporting.ReportingFixtures.*;

import java.util.List;
import java.util.Map;

import org.custodes.framework.AnswerType;
import org.junit.jupiter.api.Test;

class AnswerRulesTests {

    @Test
    void yesNoAnswersAreStoredInCapitalsAndOthersRefused() {
        assertThat(AnswerRules.normalise(HAS_POLICY, AnswerInput.of(" yes "))).isEqualTo("YES");
        assertThat(AnswerRules.normalise(HAS_POLICY, AnswerInput.of(""))).isNull();
        assertThatThrownBy(() -> AnswerRules.normalise(HAS_POLICY, AnswerInput.of("PARTLY")))
                .isInstanceOfSatisfying(AnswerRefused.class, r -> assertThat(r.messageKey()).isEqualTo("reporting.answer.choice.unknown"));
    }

    @Test
    void wholeNumbersMustBeWithinTheIndicatorsBounds() {
        assertThat(AnswerRules.normalise(INCIDENTS, AnswerInput.of("12"))).isEqualTo("12");
        assertThatThrownBy(() -> AnswerRules.normalise(INCIDENTS, AnswerInput.of("501")))
                .isInstanceOfSatisfying(AnswerRefused.class, r -> assertThat(r.messageKey()).isEqualTo("reporting.answer.number.range"));
        assertThatThrownBy(() -> AnswerRules.normalise(INCIDENTS, AnswerInput.of("-1")))
                .isInstanceOf(AnswerRefused.class);
        assertThatThrownBy(() -> AnswerRules.normalise(INCIDENTS, AnswerInput.of("twelve")))
                .isInstanceOfSatisfying(AnswerRefused.class, r -> assertThat(r.messageKey()).isEqualTo("reporting.answer.number.invalid"));
    }

    @Test
    void percentagesRunFrom0To100WithAtMostTwoDecimals() {
        assertThat(AnswerRules.normalise(BRIEFED, AnswerInput.of("45,50"))).isEqualTo("45.5");
        assertThat(AnswerRules.normalise(BRIEFED, AnswerInput.of("100%"))).isEqualTo("100");
        assertThatThrownBy(() -> AnswerRules.normalise(BRIEFED, AnswerInput.of("100.5"))).isInstanceOf(AnswerRefused.class);
        assertThatThrownBy(() -> AnswerRules.normalise(BRIEFED, AnswerInput.of("12.345"))).isInstanceOf(AnswerRefused.class);
    }

    @Test
    void multipleChoicesKeepTheIndicatorsOrderAndRefuseUnknownCodes() {
        assertThat(AnswerRules.normalise(MEASURES, new AnswerInput(List.of("AUDIT", "TRAINING", "AUDIT"), List.of())))
                .isEqualTo("TRAINING;AUDIT");
        assertThatThrownBy(() -> AnswerRules.normalise(MEASURES, AnswerInput.of("GUESSWORK"))).isInstanceOf(AnswerRefused.class);
    }

    @Test
    void datesAreIsoAndPlausible() {
        var date = indicator("D", "S1", 30, AnswerType.DATE, false, 0, null);
        assertThat(AnswerRules.normalise(date, AnswerInput.of("2026-02-28"))).isEqualTo("2026-02-28");
        assertThatThrownBy(() -> AnswerRules.normalise(date, AnswerInput.of("2026-02-30"))).isInstanceOf(AnswerRefused.class);
        assertThatThrownBy(() -> AnswerRules.normalise(date, AnswerInput.of("1800-01-01"))).isInstanceOf(AnswerRefused.class);
    }

    @Test
    void tableCellsAreCheckedByColumnTypeAndBlankRowsDropped() {
        var stored = AnswerRules.normalise(SITES, AnswerInput.table(List.of(
                Map.of("country", "Kenya", "staff", "120", "checked", "2026-03-01"),
                Map.of("country", "", "staff", "", "checked", ""))));
        assertThat(AnswerRules.rows(stored)).containsExactly(Map.of("country", "Kenya", "staff", "120", "checked", "2026-03-01"));
        assertThatThrownBy(() -> AnswerRules.normalise(SITES, AnswerInput.table(List.of(
                Map.of("country", "Kenya"), Map.of("country", "Iraq", "staff", "many")))))
                .isInstanceOfSatisfying(AnswerRefused.class, r -> assertThat(r.arguments()).containsExactly(2, "staff", "many"));
        assertThatThrownBy(() -> AnswerRules.normalise(SITES, AnswerInput.table(List.of(Map.of("colour", "red")))))
                .isInstanceOfSatisfying(AnswerRefused.class, r -> assertThat(r.messageKey()).isEqualTo("reporting.answer.table.column.unknown"));
    }

    @Test
    void shortTextsAreOneLineAndBounded() {
        var text = indicator("T", "S1", 30, AnswerType.SHORT_TEXT, false, 0, null);
        assertThat(AnswerRules.normalise(text, AnswerInput.of("Head of\r\ncompliance"))).isEqualTo("Head of compliance");
        assertThatThrownBy(() -> AnswerRules.normalise(text, AnswerInput.of("x".repeat(301)))).isInstanceOf(AnswerRefused.class);
    }
}
