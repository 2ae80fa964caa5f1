package org.custodes.monitoring.mission;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.custodes.organisation.OrganisationSummary;
import org.jspecify.annotations.Nullable;

/**
 * A mission as its team reads it: the shared plan, the status and, for the secretariat and the Board, the interviews;
 * the version a change of status must name (optimistic locking across the page's round trip).
 */
public record MissionDetails(MissionId id, String reference, MissionTrigger trigger, @Nullable String requestedBy,
        String country, List<OrganisationSummary> companies, String sites, String toMeet, List<UUID> team,
        List<OrganisationSummary> partners, LocalDate startsOn, LocalDate endsOn, String budgetLine,
        @Nullable String securityNotes, MissionStatus status, @Nullable String cancelReason,
        List<Interview> interviews, long version) {

    public MissionDetails {
        companies = List.copyOf(companies);
        team = List.copyOf(team);
        partners = List.copyOf(partners);
        interviews = List.copyOf(interviews);
    }
}
