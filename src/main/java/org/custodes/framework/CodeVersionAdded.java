package org.custodes.framework;

import org.custodes.shared.AuditableEvent;

/** The secretariat added a version of the Code. */
public record CodeVersionAdded(String code, int year, int paragraphs) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "code-version:" + code;
    }
}
