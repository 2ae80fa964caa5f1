package org.custodes.governance;

import java.time.Instant;

import org.custodes.shared.AuditableEvent;

public record ConveningNoticeSent(AssemblyId assembly, int recipients, Instant sentAt) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "assembly:" + assembly;
    }
}
