package org.custodes.governance.seat;

import java.time.LocalDate;

import org.custodes.governance.SeatId;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.UserId;

/** Seats an elected director: the person's account, their name as published, the member organisation they come from. */
public record FillSeat(SeatId seat, UserId holder, String holderName, OrganisationId organisation, LocalDate termStart) {
}
