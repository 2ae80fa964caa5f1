package org.custodes.monitoring.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.custodes.monitoring.mission.MissionTrigger;
import org.custodes.monitoring.mission.PlanMission;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * The plan of a field-based review as the form sends it: companies and partners chosen by name from lists, the team
 * chosen among the secretariat's accounts.
 */
record PlanMissionForm(
        @NotNull(message = "{monitoring.form.required}") @Nullable MissionTrigger trigger,
        @Size(max = 300, message = "{monitoring.form.too-long}") @Nullable String requestedBy,
        @NotBlank(message = "{monitoring.form.required}") @Nullable String country,
        @Nullable List<UUID> companies,
        @Size(max = 2000, message = "{monitoring.form.too-long}") @Nullable String sites,
        @Size(max = 2000, message = "{monitoring.form.too-long}") @Nullable String toMeet,
        @Nullable List<UUID> team,
        @Nullable List<UUID> partners,
        @NotNull(message = "{monitoring.form.required}") @Nullable LocalDate startsOn,
        @NotNull(message = "{monitoring.form.required}") @Nullable LocalDate endsOn,
        @NotBlank(message = "{monitoring.form.required}") @Size(max = 100, message = "{monitoring.form.too-long}") @Nullable String budgetLine,
        @Size(max = 5000, message = "{monitoring.form.too-long}") @Nullable String securityNotes) {

    static PlanMissionForm empty() {
        return new PlanMissionForm(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    PlanMission command() {
        return new PlanMission(trigger, requestedBy, country, organisations(companies), sites, toMeet,
                team == null ? Set.of() : Set.copyOf(team), organisations(partners), startsOn, endsOn, budgetLine,
                securityNotes);
    }

    private static Set<OrganisationId> organisations(@Nullable List<UUID> ids) {
        return ids == null ? Set.of() : ids.stream().map(OrganisationId::new).collect(java.util.stream.Collectors.toSet());
    }
}
