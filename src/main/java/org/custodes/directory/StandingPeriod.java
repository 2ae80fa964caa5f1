package org.custodes.directory;

import java.time.LocalDate;

/**
 * The standing in force from {@code validFrom} until the next period; {@code standingSince} is the first day of an
 * unbroken run of the same standing (opening a corrective action starts a new period, not a new standing).
 */
public record StandingPeriod(LocalDate validFrom, Standing standing, LocalDate standingSince, boolean correctiveActionOpen) {
}
