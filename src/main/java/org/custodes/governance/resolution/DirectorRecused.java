package org.custodes.governance.resolution;

import org.custodes.governance.ResolutionId;
import org.custodes.shared.AuditableEvent;
import org.custodes.shared.UserId;

public record DirectorRecused(ResolutionId resolution, UserId director, String reason) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "resolution:" + resolution;
    }
}
