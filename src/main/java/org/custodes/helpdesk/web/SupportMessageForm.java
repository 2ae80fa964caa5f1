package org.custodes.helpdesk.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A message on a request (a reply, an answer, a question back to the requester, an internal note), naming the
 * version of the request the page showed.
 */
record SupportMessageForm(
        @NotNull(message = "{helpdesk.form.stale}") @Nullable Long version,
        @NotBlank(message = "{helpdesk.request.text-required}") @Size(max = 10_000, message = "{helpdesk.request.text-too-long}") @Nullable String text) {

    static SupportMessageForm of(long version) {
        return new SupportMessageForm(version, null);
    }
}
