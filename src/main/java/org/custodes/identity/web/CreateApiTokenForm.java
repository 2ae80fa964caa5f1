package org.custodes.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A new API token's name and optional expiry date. */
record CreateApiTokenForm(
        @NotBlank(message = "{identity.token.name.required}") @Size(max = 100, message = "{identity.token.name.size}")
        @Nullable String name,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate expiresOn) {

    static CreateApiTokenForm blank() {
        return new CreateApiTokenForm("", null);
    }
}
