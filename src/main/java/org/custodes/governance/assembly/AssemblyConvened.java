package org.custodes.governance.assembly;

import java.time.Instant;

import org.custodes.governance.AssemblyId;
import org.custodes.shared.AuditableEvent;

public record AssemblyConvened(AssemblyId assembly, AssemblyKind kind, Instant plenaryAt) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "assembly:" + assembly;
    }
}
