package org.custodes.governance;

import org.custodes.shared.AuditableEvent;
import org.custodes.shared.UserId;

public record DirectorRecused(ResolutionId resolution, UserId director, String reason) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "resolution:" + resolution;
    }
}
