package org.custodes.procurement;

import java.time.LocalDate;
import java.util.List;

import org.custodes.directory.Standing;
import org.custodes.shared.CountryCode;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * What a client can check about a company against the public directory today: its standing and the two tender
 * requirements the directory answers (membership and certification), plus whether a corrective action is open.
 */
public record CompanyCheck(OrganisationId company, String legalName, List<CountryCode> countriesOfOperation,
        Standing standing, @Nullable LocalDate standingSince, boolean member, boolean certified,
        boolean correctiveActionOpen) {

    public CompanyCheck {
        countriesOfOperation = List.copyOf(countriesOfOperation);
    }

    /** Member, certified and without an open corrective action: the toolkit's bar for a shortlist. */
    public boolean meetsTheBar() {
        return member && certified && !correctiveActionOpen;
    }
}
