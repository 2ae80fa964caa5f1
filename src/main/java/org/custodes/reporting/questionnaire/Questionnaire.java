package org.custodes.reporting.questionnaire;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.custodes.framework.AnswerType;
import org.custodes.framework.Condition;
import org.custodes.framework.Indicator;
import org.custodes.framework.IndicatorLibrary;
import org.custodes.framework.QuestionnaireSection;
import org.jspecify.annotations.Nullable;

/**
 * A library with one company's answers: which items apply (conditions), which are required, what is missing or
 * wrong, and how far each section has come. Pure: no database, no clock.
 */
public final class Questionnaire {

    /** Progress of one section (or of the whole when {@code section} is null): required items answered. */
    public record Progress(@Nullable QuestionnaireSection section, int required, int answeredRequired, int answered,
            int problems) {

        public int percent() {
            return required == 0 ? 100 : answeredRequired * 100 / required;
        }
    }

    private final IndicatorLibrary library;
    private final Map<String, String> answers;
    private final Map<String, Integer> evidence;

    public Questionnaire(IndicatorLibrary library, Map<String, String> answers, Map<String, Integer> evidence) {
        this.library = library;
        this.answers = Map.copyOf(answers);
        this.evidence = Map.copyOf(evidence);
    }

    public IndicatorLibrary library() {
        return library;
    }

    public @Nullable String answer(String code) {
        return answers.get(code);
    }

    public int evidenceCount(String code) {
        return evidence.getOrDefault(code, 0);
    }

    /** An item applies unless its condition names another item's answer that was not given (or does not apply). */
    public boolean applicable(Indicator indicator) {
        return applicable(indicator, new HashSet<>());
    }

    private boolean applicable(Indicator indicator, java.util.Set<String> seen) {
        var condition = indicator.condition();
        if (condition == null) {
            return true;
        }
        if (!seen.add(indicator.code())) {
            return false; // the library refuses loops; this only guards against a damaged one
        }
        var target = library.indicator(condition.indicatorCode()).orElse(null);
        return target != null && holds(condition, target) && applicable(target, seen);
    }

    private boolean holds(Condition condition, Indicator target) {
        var value = answers.get(target.code());
        if (value == null) {
            return false;
        }
        return target.answerType() == AnswerType.MULTIPLE_CHOICE ? AnswerRules.chosen(value).contains(condition.value())
                : value.equals(condition.value());
    }

    public boolean required(Indicator indicator) {
        return indicator.required() && applicable(indicator);
    }

    public boolean answered(Indicator indicator) {
        return indicator.answerType() == AnswerType.EVIDENCE_FILE ? evidenceCount(indicator.code()) > 0
                : answers.containsKey(indicator.code());
    }

    public List<ItemProblem> problems(Indicator indicator) {
        var problems = new ArrayList<ItemProblem>();
        if (required(indicator) && !answered(indicator)) {
            problems.add(new ItemProblem(indicator.code(), indicator.answerType() == AnswerType.EVIDENCE_FILE
                    ? "reporting.item.evidence-required" : "reporting.item.required"));
        }
        var stored = answers.get(indicator.code());
        if (stored != null && indicator.answerType() != AnswerType.EVIDENCE_FILE) {
            var problem = AnswerRules.recheck(indicator, stored);
            if (problem != null) {
                problems.add(problem);
            }
        }
        return problems;
    }

    public List<ItemProblem> problems() {
        return library.indicators().stream().flatMap(i -> problems(i).stream()).toList();
    }

    public Progress progress(QuestionnaireSection section) {
        return progress(section, library.indicators().stream().filter(i -> i.sectionCode().equals(section.code())).toList());
    }

    public Progress overall() {
        return progress(null, library.indicators());
    }

    private Progress progress(@Nullable QuestionnaireSection section, List<Indicator> indicators) {
        int required = 0, answeredRequired = 0, answered = 0, problems = 0;
        for (var indicator : indicators) {
            var isAnswered = answered(indicator);
            if (required(indicator)) {
                required++;
                if (isAnswered) {
                    answeredRequired++;
                }
            }
            if (isAnswered) {
                answered++;
            }
            problems += problems(indicator).size();
        }
        return new Progress(section, required, answeredRequired, answered, problems);
    }
}
