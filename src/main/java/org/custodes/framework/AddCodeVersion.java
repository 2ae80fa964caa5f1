package org.custodes.framework;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Adds a version of the Code. Its structure is either given ({@code sections}) or copied from an existing version
 * ({@code basedOn}), since an amendment mostly keeps the numbering; exactly one of the two must be present.
 */
public record AddCodeVersion(String code, String title, int year, @Nullable LocalDate adoptedOn, @Nullable String notes,
        @Nullable String basedOn, List<CodeSection> sections) {

    public AddCodeVersion {
        sections = List.copyOf(sections);
    }
}
