package org.custodes.governance.assembly;

import org.custodes.governance.AssemblyId;
import org.custodes.shared.AuditableEvent;

/** The minutes of one General Assembly were approved at the next one. */
public record MinutesApproved(AssemblyId assembly, AssemblyId approvedAt) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "assembly:" + assembly;
    }
}
