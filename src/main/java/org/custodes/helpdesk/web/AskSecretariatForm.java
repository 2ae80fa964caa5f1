package org.custodes.helpdesk.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.custodes.helpdesk.AskSecretariat;
import org.custodes.helpdesk.SupportCategory;
import org.custodes.shared.Language;
import org.jspecify.annotations.Nullable;

/** "Ask the secretariat" as the page sends it; the answer goes to the asker's own e-mail, in the page's language. */
record AskSecretariatForm(
        @NotNull(message = "{helpdesk.request.category-required}") @Nullable SupportCategory category,
        @NotBlank(message = "{helpdesk.request.subject-required}") @Size(max = 200, message = "{helpdesk.request.subject-too-long}") @Nullable String subject,
        @NotBlank(message = "{helpdesk.request.question-required}") @Size(max = 10_000, message = "{helpdesk.request.question-too-long}") @Nullable String question) {

    static AskSecretariatForm empty() {
        return new AskSecretariatForm(null, null, null);
    }

    AskSecretariat command(Language language, String replyTo) {
        return new AskSecretariat(category, subject, question, language, replyTo);
    }
}
