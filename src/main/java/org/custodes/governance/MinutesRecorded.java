package org.custodes.governance;

import org.custodes.shared.AuditableEvent;

public record MinutesRecorded(AssemblyId assembly) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "assembly:" + assembly;
    }
}
