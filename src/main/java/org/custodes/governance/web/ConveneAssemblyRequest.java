package org.custodes.governance.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.custodes.governance.assembly.AssemblyKind;
import org.jspecify.annotations.Nullable;

/** Convenes a General Assembly with its agenda, each item with its document and, if any, its motion. */
record ConveneAssemblyRequest(@NotNull @Nullable AssemblyKind kind, @NotBlank @Size(max = 300) @Nullable String title,
        @NotNull @Nullable Instant pillarMeetingsAt, @NotNull @Nullable Instant plenaryAt,
        @Size(max = 300) @Nullable String place, @Size(max = 500) @Nullable String onlineLink,
        @NotEmpty @Nullable List<@Valid Item> agenda) {

    record Item(@NotBlank @Size(max = 300) @Nullable String title, @Size(max = 500) @Nullable String documentLink,
            @Size(max = 10000) @Nullable String motion, @Nullable UUID mover, @Nullable UUID seconder) {
    }
}
