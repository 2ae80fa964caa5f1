package org.custodes.governance.seat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.custodes.governance.GovernanceRuleViolation;
import org.custodes.governance.SeatId;
import org.custodes.governance.assembly.ChairDesignated;
import org.custodes.membership.MembershipPillar;
import org.custodes.shared.Aggregate;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.UserId;
import org.jspecify.annotations.Nullable;

/**
 * One of the Board's seats. A term ends a fixed number of years after it starts; a director elected to a seat that
 * fell vacant before its term ended completes that term, so the seats keep their staggered cycle.
 */
public class Seat extends Aggregate {

    private final UUID id;
    private final MembershipPillar pillar;
    private final int position;
    private @Nullable UserId holder;
    private @Nullable String holderName;
    private @Nullable OrganisationId organisation;
    private @Nullable LocalDate termStart;
    private @Nullable LocalDate termEnd;
    private boolean chair;

    Seat(UUID id, MembershipPillar pillar, int position, @Nullable UserId holder, @Nullable String holderName,
            @Nullable OrganisationId organisation, @Nullable LocalDate termStart, @Nullable LocalDate termEnd,
            boolean chair, long version) {
        super(version);
        if (pillar == MembershipPillar.OBSERVER) {
            throw new GovernanceRuleViolation("governance.seat.no-observer-seat");
        }
        this.id = id;
        this.pillar = pillar;
        this.position = position;
        this.holder = holder;
        this.holderName = holderName;
        this.organisation = organisation;
        this.termStart = termStart;
        this.termEnd = termEnd;
        this.chair = chair;
    }

    public static Seat empty(MembershipPillar pillar, int position) {
        return new Seat(UUID.randomUUID(), pillar, position, null, null, null, null, null, false, 0);
    }

    /**
     * Seats a director whose organisation votes in this seat's pillar. {@code termYears} is the length of a full
     * term; a seat whose previous term had not yet ended is filled for the rest of that term.
     */
    public void fill(UserId director, String name, OrganisationId from, boolean votesInPillar, LocalDate start,
            int termYears, LocalDate today) {
        if (!vacantOn(today)) {
            throw new GovernanceRuleViolation("governance.seat.occupied");
        }
        if (!votesInPillar) {
            throw new GovernanceRuleViolation("governance.seat.not-in-pillar");
        }
        if (name.isBlank()) {
            throw new GovernanceRuleViolation("governance.seat.name-required");
        }
        if (start.isAfter(today.plusYears(1))) {
            throw new GovernanceRuleViolation("governance.seat.start-too-far");
        }
        var end = termEnd != null && termEnd.isAfter(start) ? termEnd : start.plusYears(termYears).minusDays(1);
        holder = director;
        holderName = name.strip();
        organisation = from;
        termStart = start;
        termEnd = end;
        chair = false;
        register(new SeatFilled(id(), pillar, director, from, start, end));
    }

    /** The director leaves before the term ends (resignation, loss of the organisation's membership). */
    public void vacate(LocalDate on) {
        if (holder == null || termEnd == null || termEnd.isBefore(on)) {
            throw new GovernanceRuleViolation("governance.seat.already-vacant");
        }
        register(new SeatVacated(id(), pillar, holder, on));
        holder = null;
        holderName = null;
        organisation = null;
        termStart = null;
        chair = false;
        // termEnd stays: the next holder completes this term.
    }

    public void designateChair(LocalDate today) {
        if (vacantOn(today) || holder == null) {
            throw new GovernanceRuleViolation("governance.seat.chair-vacant");
        }
        chair = true;
        register(new ChairDesignated(id(), holder));
    }

    public void stepDownAsChair() {
        chair = false;
    }

    public boolean vacantOn(LocalDate day) {
        return holder == null || termStart == null || termStart.isAfter(day) || termEnd == null || termEnd.isBefore(day);
    }

    public boolean heldBy(UserId user, LocalDate day) {
        return !vacantOn(day) && user.equals(holder);
    }

    public SeatSummary summary(@Nullable String organisationName, LocalDate today) {
        var vacant = vacantOn(today);
        return new SeatSummary(id(), pillar, position, vacant ? null : holder, vacant ? null : holderName,
                vacant ? null : organisation, vacant ? null : organisationName, vacant ? null : termStart,
                vacant ? null : termEnd, chair && !vacant, vacant);
    }

    public SeatId id() {
        return new SeatId(id);
    }

    public MembershipPillar pillar() {
        return pillar;
    }

    public int position() {
        return position;
    }

    public @Nullable UserId holder() {
        return holder;
    }

    public @Nullable String holderName() {
        return holderName;
    }

    public @Nullable OrganisationId organisation() {
        return organisation;
    }

    @Nullable LocalDate termStart() {
        return termStart;
    }

    @Nullable LocalDate termEnd() {
        return termEnd;
    }

    boolean chair() {
        return chair;
    }

}
