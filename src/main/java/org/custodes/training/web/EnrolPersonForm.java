package org.custodes.training.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.custodes.shared.Language;
import org.jspecify.annotations.Nullable;

record EnrolPersonForm(@Nullable @NotBlank @Size(max = 200) String fullName,
        @Nullable @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9./-]+") String personnelNumber,
        @Nullable @Size(max = 30) @Pattern(regexp = "^$|\\+?[0-9 ()-]{6,30}") String phone,
        @Nullable @NotNull Language language) {
}
