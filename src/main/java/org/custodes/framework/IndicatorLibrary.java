package org.custodes.framework;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A whole version of the indicator library: its questionnaire sections and indicators, in order. Immutable. */
public record IndicatorLibrary(LibrarySummary summary, List<QuestionnaireSection> sections, List<Indicator> indicators) {

    public IndicatorLibrary {
        sections = List.copyOf(sections);
        indicators = List.copyOf(indicators);
    }

    public Optional<Indicator> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    public Optional<QuestionnaireSection> section(String code) {
        return sections.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /** The indicators of each section, sections and indicators in their order. */
    public Map<QuestionnaireSection, List<Indicator>> bySection() {
        var grouped = new LinkedHashMap<QuestionnaireSection, List<Indicator>>();
        for (var section : sections) {
            grouped.put(section, indicators.stream().filter(i -> i.sectionCode().equals(section.code())).toList());
        }
        return grouped;
    }
}
