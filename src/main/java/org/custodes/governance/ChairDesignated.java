package org.custodes.governance;

import org.custodes.shared.AuditableEvent;
import org.custodes.shared.UserId;

public record ChairDesignated(SeatId seat, UserId chair) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "seat:" + seat;
    }
}
