package org.custodes.governance.seat;

import java.time.LocalDate;

import org.custodes.governance.SeatId;
import org.custodes.membership.MembershipPillar;
import org.custodes.shared.AuditableEvent;
import org.custodes.shared.UserId;

public record SeatVacated(SeatId seat, MembershipPillar pillar, UserId formerHolder, LocalDate vacatedOn)
        implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "seat:" + seat;
    }
}
