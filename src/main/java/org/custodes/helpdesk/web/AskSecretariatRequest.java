package org.custodes.helpdesk.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.custodes.helpdesk.SupportCategory;
import org.custodes.shared.Language;
import org.jspecify.annotations.Nullable;

/** A question to the secretariat over JSON; without a language, the caller's own. */
record AskSecretariatRequest(@NotNull @Nullable SupportCategory category, @NotBlank @Size(max = 200) @Nullable String subject,
        @NotBlank @Size(max = 10_000) @Nullable String question, @Nullable Language language) {
}
