package org.custodes.governance.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.custodes.governance.resolution.ResolutionMatter;
import org.jspecify.annotations.Nullable;

/** The secretariat drafts a resolution: its text, the matter it decides, the last day of the vote. */
record DraftResolutionForm(
        @NotBlank(message = "{governance.form.required}") @Size(max = 300, message = "{governance.form.too-long}") @Nullable String title,
        @NotBlank(message = "{governance.form.required}") @Size(max = 10000, message = "{governance.form.too-long}") @Nullable String text,
        @NotNull(message = "{governance.form.required}") @Nullable ResolutionMatter matter,
        @Nullable UUID application,
        @NotNull(message = "{governance.form.required}") @Future(message = "{governance.form.future}") @Nullable LocalDate closesOn) {
}
