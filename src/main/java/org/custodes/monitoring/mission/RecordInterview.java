package org.custodes.monitoring.mission;

import java.util.Set;

import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/** An interview during a mission: by role, consent recorded, a name only with consent, notes and Code paragraphs. */
public record RecordInterview(@Nullable OrganisationId company, @Nullable IntervieweeRole role, boolean consent,
        @Nullable String intervieweeName, @Nullable String notes, Set<Integer> codeParagraphs) {

    public RecordInterview {
        codeParagraphs = Set.copyOf(codeParagraphs);
    }
}
