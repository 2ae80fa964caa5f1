package org.custodes.governance.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Seats an elected director: their account, published name, member organisation and the start of the term. */
record FillSeatRequest(@NotNull @Nullable UUID holder, @NotBlank @Size(max = 200) @Nullable String holderName,
        @NotNull @Nullable UUID organisation, @NotNull @PastOrPresent @Nullable LocalDate termStart) {
}
