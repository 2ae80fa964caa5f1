package org.custodes.helpdesk.web;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** Closing or reopening a request over JSON, naming the version of the request the caller read. */
record SupportStepRequest(@NotNull @Nullable Long version) {
}
