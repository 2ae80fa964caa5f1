package org.custodes.helpdesk.web;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** A step on a request (close, reopen, assign to an officer), naming the version of the request the page showed. */
record SupportStepForm(@NotNull(message = "{helpdesk.form.stale}") @Nullable Long version, @Nullable UUID officer) {
}
