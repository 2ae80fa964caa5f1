package org.custodes.oversight.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A country entered on or changed in the risk list; {@code version} is absent for a new country. */
record CountryRiskForm(
        @NotBlank(message = "{oversight.form.required}") @Size(max = 2, message = "{oversight.form.country}") @Nullable String country,
        @NotBlank(message = "{oversight.form.required}") @Size(max = 100, message = "{oversight.form.too-long}") @Nullable String region,
        @NotNull(message = "{oversight.form.required}") @Min(value = 0, message = "{oversight.country-risk.out-of-range}") @Max(value = 100, message = "{oversight.country-risk.out-of-range}") @Nullable Integer risk,
        @NotBlank(message = "{oversight.form.required}") @Size(max = 500, message = "{oversight.form.too-long}") @Nullable String source,
        @Nullable Long version) {
}
