package org.custodes.governance.resolution;

import org.custodes.governance.ResolutionId;
import org.custodes.shared.AuditableEvent;
import org.custodes.shared.UserId;

/** That a director voted, for the audit log; the choice itself is on the resolution's record, not in the log. */
public record DirectorVoted(ResolutionId resolution, UserId director) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "resolution:" + resolution;
    }
}
