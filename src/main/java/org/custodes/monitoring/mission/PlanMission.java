package org.custodes.monitoring.mission;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * The plan of a field-based review: its trigger (with who asked, for a member's request), the country, the companies
 * and sites, the clients and communities to meet, the team (secretariat users and partner organisations), the dates,
 * the budget line and the security notes.
 */
public record PlanMission(@Nullable MissionTrigger trigger, @Nullable String requestedBy, @Nullable String country,
        Set<OrganisationId> companies, @Nullable String sites, @Nullable String toMeet, Set<UUID> team,
        Set<OrganisationId> partners, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn,
        @Nullable String budgetLine, @Nullable String securityNotes) {

    public PlanMission {
        companies = Set.copyOf(companies);
        team = Set.copyOf(team);
        partners = Set.copyOf(partners);
    }
}
