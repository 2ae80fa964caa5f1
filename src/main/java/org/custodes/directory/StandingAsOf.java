package org.custodes.directory;

import java.time.LocalDate;

import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/** Where a company stood at the end of {@code asOf}, and since when ({@code since} is null for NOT_A_MEMBER). */
public record StandingAsOf(OrganisationId company, String legalName, Standing standing, @Nullable LocalDate since,
        boolean correctiveActionOpen, LocalDate asOf) {
}
