package org.custodes.framework.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.custodes.framework.AddCodeVersion;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A new version of the Code, as typed; its structure is copied from an existing version and can differ later by import of a structure through the API. */
record CodeVersionForm(
        @NotBlank(message = "{framework.form.required}") @Pattern(regexp = "[A-Za-z0-9._-]{1,20}", message = "{framework.version.code.invalid}") @Nullable String code,
        @NotBlank(message = "{framework.form.required}") @Size(max = 300, message = "{framework.form.too-long}") @Nullable String title,
        @NotNull(message = "{framework.form.required}") @Min(value = 1990, message = "{framework.version.year.invalid}") @Max(value = 2200, message = "{framework.version.year.invalid}") @Nullable Integer year,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate adoptedOn,
        @Size(max = 2000, message = "{framework.form.too-long}") @Nullable String notes,
        @NotBlank(message = "{framework.form.required}") @Nullable String basedOn) {

    static CodeVersionForm empty() {
        return new CodeVersionForm("", "", null, null, "", "");
    }

    AddCodeVersion toCommand() {
        return new AddCodeVersion(text(code), text(title), year == null ? 0 : year, adoptedOn, notes, basedOn, List.of());
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
