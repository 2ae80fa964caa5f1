package org.custodes.training.web;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

record RevokeCredentialForm(@Nullable @NotNull UUID organisation, @Nullable @NotNull UUID completion,
        @Nullable @NotBlank @Size(max = 500) String reason) {
}
