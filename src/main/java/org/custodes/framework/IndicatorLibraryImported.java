package org.custodes.framework;

import org.custodes.shared.AuditableEvent;

/** A new version of the indicator library was imported. */
public record IndicatorLibraryImported(LibraryVersionId library, int number, String codeVersion, String source,
        int indicatorCount) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "indicator-library:" + library;
    }
}
