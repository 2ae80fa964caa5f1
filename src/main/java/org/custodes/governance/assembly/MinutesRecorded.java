package org.custodes.governance.assembly;

import org.custodes.governance.AssemblyId;
import org.custodes.shared.AuditableEvent;

public record MinutesRecorded(AssemblyId assembly) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "assembly:" + assembly;
    }
}
