package org.custodes.framework;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** One version of the Code (2010, the 2021 amendment, ...) with its sections and paragraphs. */
public record CodeVersion(String code, String title, int year, @Nullable LocalDate adoptedOn, @Nullable String notes,
        List<CodeSection> sections) {

    public CodeVersion {
        sections = List.copyOf(sections);
    }

    public Optional<CodeParagraph> paragraph(int number) {
        return sections.stream().flatMap(s -> s.paragraphs().stream()).filter(p -> p.number() == number).findFirst();
    }

    public int paragraphCount() {
        return sections.stream().mapToInt(s -> s.paragraphs().size()).sum();
    }
}
