package org.custodes.monitoring.web;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.custodes.monitoring.mission.IntervieweeRole;
import org.jspecify.annotations.Nullable;

/** An interview during a mission: by role, the consent, a name only with consent, notes, Code paragraphs as a list. */
record RecordInterviewForm(
        @Nullable UUID company,
        @NotNull(message = "{monitoring.form.required}") @Nullable IntervieweeRole role,
        @Nullable Boolean consent,
        @Size(max = 200, message = "{monitoring.form.too-long}") @Nullable String intervieweeName,
        @NotBlank(message = "{monitoring.form.required}") @Size(max = 10000, message = "{monitoring.form.too-long}") @Nullable String notes,
        @Size(max = 200, message = "{monitoring.form.too-long}") @Nullable String codeParagraphs) {

    static RecordInterviewForm empty() {
        return new RecordInterviewForm(null, null, null, null, null, null);
    }
}
