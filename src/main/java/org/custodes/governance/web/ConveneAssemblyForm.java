package org.custodes.governance.web;

import java.time.LocalDateTime;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.custodes.governance.assembly.AssemblyKind;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The secretariat convenes a General Assembly; the agenda is one item per line (motions come by the API). */
record ConveneAssemblyForm(
        @NotNull(message = "{governance.form.required}") @Nullable AssemblyKind kind,
        @NotBlank(message = "{governance.form.required}") @Size(max = 300, message = "{governance.form.too-long}") @Nullable String title,
        @NotNull(message = "{governance.form.required}") @Future(message = "{governance.form.future}")
        @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") @Nullable LocalDateTime pillarMeetingsAt,
        @NotNull(message = "{governance.form.required}") @Future(message = "{governance.form.future}")
        @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") @Nullable LocalDateTime plenaryAt,
        @Size(max = 300, message = "{governance.form.too-long}") @Nullable String place,
        @Size(max = 500, message = "{governance.form.too-long}") @Nullable String onlineLink,
        @NotBlank(message = "{governance.form.required}") @Size(max = 10000, message = "{governance.form.too-long}") @Nullable String agenda) {
}
