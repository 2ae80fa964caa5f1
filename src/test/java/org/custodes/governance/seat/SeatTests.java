package org.custodes.governance.seat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import org.custodes.governance.GovernanceRuleViolation;
import org.custodes.membership.MembershipPillar;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.UserId;
import org.junit.jupiter.api.Test;

class SeatTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final OrganisationId CSO = new OrganisationId(UUID.randomUUID());

    @Test
    void aFullTermLastsTheConfiguredNumberOfYears() {
        var seat = Seat.empty(MembershipPillar.CIVIL_SOCIETY, 1);
        seat.fill(director(), "Wanjiku Kamau", CSO, true, LocalDate.of(2026, 10, 1), 3, TODAY);
        assertThat(seat.termEnd()).isEqualTo(LocalDate.of(2029, 9, 30));
        assertThat(seat.pendingEvents()).singleElement().isInstanceOf(SeatFilled.class);
    }

    @Test
    void aDirectorElectedToASeatThatFellVacantCompletesItsTermSoTheStaggeringHolds() {
        var seat = Seat.empty(MembershipPillar.STATE, 2);
        seat.fill(director(), "Anna Weber", CSO, true, LocalDate.of(2025, 10, 1), 3, TODAY);
        seat.vacate(TODAY);
        assertThat(seat.vacantOn(TODAY)).isTrue();
        seat.fill(director(), "Lukas Brunner", CSO, true, TODAY.plusDays(10), 3, TODAY);
        assertThat(seat.termEnd()).isEqualTo(LocalDate.of(2028, 9, 30));
    }

    @Test
    void aSeatWhoseTermEndedIsVacantAndTheNextTermIsAFullOne() {
        var seat = Seat.empty(MembershipPillar.COMPANY, 3);
        seat.fill(director(), "Oliver Grant", CSO, true, LocalDate.of(2023, 10, 1), 3, LocalDate.of(2023, 10, 1));
        assertThat(seat.vacantOn(TODAY)).isTrue();
        seat.fill(director(), "Eleni Papadopoulos", CSO, true, TODAY, 3, TODAY);
        assertThat(seat.termEnd()).isEqualTo(LocalDate.of(2029, 11, 30));
    }

    @Test
    void onlyAnOrganisationThatVotesInTheSeatsPillarCanHoldIt() {
        var seat = Seat.empty(MembershipPillar.COMPANY, 1);
        assertThatThrownBy(() -> seat.fill(director(), "Someone", CSO, false, TODAY, 3, TODAY))
                .isInstanceOf(GovernanceRuleViolation.class).hasMessage("governance.seat.not-in-pillar");
    }

    @Test
    void aHeldSeatCannotBeFilledAgainAndObserversHoldNoSeat() {
        var seat = Seat.empty(MembershipPillar.COMPANY, 1);
        seat.fill(director(), "Daniel Mensah", CSO, true, TODAY, 3, TODAY);
        assertThatThrownBy(() -> seat.fill(director(), "Other", CSO, true, TODAY, 3, TODAY))
                .hasMessage("governance.seat.occupied");
        assertThatThrownBy(() -> Seat.empty(MembershipPillar.OBSERVER, 1)).hasMessage("governance.seat.no-observer-seat");
    }

    @Test
    void theChairMustBeASeatedDirector() {
        var seat = Seat.empty(MembershipPillar.STATE, 4);
        assertThatThrownBy(() -> seat.designateChair(TODAY)).hasMessage("governance.seat.chair-vacant");
        seat.fill(director(), "Fatmata Sesay", CSO, true, TODAY, 3, TODAY);
        seat.designateChair(TODAY);
        assertThat(seat.summary("Government of Sierra Leone", TODAY).chair()).isTrue();
    }

    private static UserId director() {
        return new UserId(UUID.randomUUID());
    }
}
