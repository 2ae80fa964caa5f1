package org.custodes.audit;

import org.custodes.shared.AuditableEvent;

/** An event of the tests' own, so each test can find its rows by a unique subject. */
record AuditTestEvent(String subject, String note) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return subject;
    }
}
