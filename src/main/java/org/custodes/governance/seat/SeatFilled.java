package org.custodes.governance.seat;

import java.time.LocalDate;

import org.custodes.governance.SeatId;
import org.custodes.membership.MembershipPillar;
import org.custodes.shared.AuditableEvent;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.UserId;

public record SeatFilled(SeatId seat, MembershipPillar pillar, UserId holder, OrganisationId organisation,
        LocalDate termStart, LocalDate termEnd) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "seat:" + seat;
    }
}
