package org.custodes.membership.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The secretariat's recommendation to the Board. */
record RecommendationForm(@NotNull(message = "{membership.form.choose}") @Nullable Boolean approve,
        @Size(max = 10000, message = "{membership.form.too-long}") @Nullable String note) {
}
