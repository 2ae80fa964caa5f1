package org.custodes.framework;

import java.util.List;

/** A whole imported library as typed, in either format, with the problems found while reading it. */
record RawLibrary(RawRow about, List<RawRow> sections, List<RawRow> indicators, List<RawRow> choices,
        List<RawRow> columns, List<FrameworkImportProblem> readingProblems) {

    static final List<String> SECTION_FIELDS = List.of("code", "position", "title_en", "title_fr", "title_es", "title_ar");
    static final List<String> INDICATOR_FIELDS = List.of("code", "section", "paragraphs", "type", "answer_type",
            "required", "min", "max", "condition", "weight",
            "question_en", "question_fr", "question_es", "question_ar",
            "guidance_en", "guidance_fr", "guidance_es", "guidance_ar",
            "evidence_en", "evidence_fr", "evidence_es", "evidence_ar");
    static final List<String> CHOICE_FIELDS = List.of("indicator", "code", "score", "label_en", "label_fr", "label_es", "label_ar");
    static final List<String> COLUMN_FIELDS = List.of("indicator", "code", "type", "label_en", "label_fr", "label_es", "label_ar");

    RawLibrary {
        sections = List.copyOf(sections);
        indicators = List.copyOf(indicators);
        choices = List.copyOf(choices);
        columns = List.copyOf(columns);
        readingProblems = List.copyOf(readingProblems);
    }
}
