package org.custodes.governance.assembly;

import java.time.Instant;

import org.custodes.governance.AssemblyId;
import org.custodes.shared.AuditableEvent;

public record ConveningNoticeSent(AssemblyId assembly, int recipients, Instant sentAt) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "assembly:" + assembly;
    }
}
