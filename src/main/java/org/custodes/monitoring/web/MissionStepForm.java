package org.custodes.monitoring.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.custodes.monitoring.mission.MissionStatus;
import org.jspecify.annotations.Nullable;

/** A step of a mission's course (start, complete, cancel with the reason), naming the version the page showed. */
record MissionStepForm(
        @NotNull(message = "{monitoring.form.required}") @Nullable MissionStatus to,
        @NotNull(message = "{monitoring.form.required}") @Nullable Long version,
        @Size(max = 2000, message = "{monitoring.form.too-long}") @Nullable String reason) {
}
