package org.custodes.monitoring.mission;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/** An interview record of a mission, as the team reads it (the name and the notes are sealed at rest). */
public record Interview(UUID id, MissionId mission, @Nullable OrganisationId company, IntervieweeRole role,
        boolean consent, @Nullable String intervieweeName, String notes, Set<Integer> codeParagraphs,
        LocalDate interviewedOn, UUID recordedBy) {

    public Interview {
        codeParagraphs = Set.copyOf(codeParagraphs);
    }
}
