package org.custodes.governance.assembly;

import org.custodes.governance.SeatId;
import org.custodes.shared.AuditableEvent;
import org.custodes.shared.UserId;

public record ChairDesignated(SeatId seat, UserId chair) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "seat:" + seat;
    }
}
