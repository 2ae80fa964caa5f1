package org.custodes.training.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

record ReissueCardsForm(@Nullable @NotBlank @Size(max = 200) String site) {
}
