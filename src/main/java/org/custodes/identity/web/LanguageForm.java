package org.custodes.identity.web;

import jakarta.validation.constraints.NotNull;
import org.custodes.shared.Language;

/** The language a user wants the pages and e-mails in. */
record LanguageForm(@NotNull(message = "{account-security.language.required}") Language language) {
}
