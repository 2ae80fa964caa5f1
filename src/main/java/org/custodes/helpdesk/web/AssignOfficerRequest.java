package org.custodes.helpdesk.web;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** Giving a request to a secretariat officer over JSON, naming the version of the request the caller read. */
record AssignOfficerRequest(@NotNull @Nullable Long version, @NotNull @Nullable UUID officer) {
}
