package org.custodes.framework;

import java.time.Instant;

/** A version of the indicator library, without its indicators. */
public record LibrarySummary(LibraryVersionId id, int number, String codeVersion, String source, Instant importedAt,
        int sectionCount, int indicatorCount) {
}
