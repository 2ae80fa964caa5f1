package org.custodes.fieldvoice.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class SurveyRulesTests {

    static final Instant OPENS = Instant.parse("2026-12-01T00:00:00Z");
    static final Instant CLOSES = Instant.parse("2027-01-01T00:00:00Z");

    @Test
    void anOpenRoundTakesAnswersOnlyWithinItsWindow() {
        var round = new SurveyRound(UUID.randomUUID(), UUID.randomUUID(), "Round", RoundStatus.DRAFT, OPENS, CLOSES, 0);

        assertThat(round.acceptsAnswers(at(OPENS.plus(Duration.ofDays(3))))).as("still a draft").isFalse();
        var open = round.opened();
        assertThat(open.acceptsAnswers(at(OPENS.minusSeconds(1)))).isFalse();
        assertThat(open.acceptsAnswers(at(OPENS))).isTrue();
        assertThat(open.acceptsAnswers(at(CLOSES.minusSeconds(1)))).isTrue();
        assertThat(open.acceptsAnswers(at(CLOSES))).isFalse();
        assertThat(open.closed().acceptsAnswers(at(OPENS.plus(Duration.ofDays(3))))).isFalse();
    }

    @Test
    void aRoundGoesFromDraftToOpenToClosedOnly() {
        var round = new SurveyRound(UUID.randomUUID(), UUID.randomUUID(), "Round", RoundStatus.DRAFT, OPENS, CLOSES, 0);

        assertThatThrownBy(round::closed).isInstanceOf(SurveyRefused.class);
        assertThatThrownBy(() -> round.opened().closed().opened()).isInstanceOf(SurveyRefused.class);
        assertThatThrownBy(() -> new SurveyRound(UUID.randomUUID(), UUID.randomUUID(), "Round", RoundStatus.DRAFT,
                CLOSES, OPENS, 0)).isInstanceOf(SurveyRefused.class);
    }

    @Test
    void answersOutOfRangeOrToUnknownQuestionsAreRefusedAndBlankOnesAllowed() {
        var survey = DemoSurveys.workerVoice();

        assertThat(survey.refusals(Map.of("safe", "4", "paid-on-time", "yes", "harassment", "", "say", "Short"))).isEmpty();
        assertThat(survey.refusals(Map.of("safe", "9"))).containsEntry("safe", "fieldvoice.survey.error.out-of-range");
        assertThat(survey.refusals(Map.of("paid-on-time", "maybe")))
                .containsEntry("paid-on-time", "fieldvoice.survey.error.out-of-range");
        assertThat(survey.refusals(Map.of("say", "x".repeat(SurveyQuestion.FREE_TEXT_LIMIT + 1))))
                .containsEntry("say", "fieldvoice.survey.error.too-long");
        assertThat(survey.refusals(Map.of("nothing", "1")))
                .containsEntry("nothing", "fieldvoice.survey.error.unknown-question");
    }

    @Test
    void aSurveyHasTenToTwentyQuestions() {
        var questions = DemoSurveys.workerVoice().questions();

        assertThatThrownBy(() -> new SurveyDefinition("Short", questions.subList(0, 9)))
                .isInstanceOf(SurveyRefused.class);
        assertThat(new SurveyDefinition("Ten", questions.subList(0, 10)).questions()).hasSize(10);
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }
}
