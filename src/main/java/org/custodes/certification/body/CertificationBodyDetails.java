package org.custodes.certification.body;

import java.time.LocalDate;
import java.util.Set;

import org.custodes.certification.StandardCode;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/** A certification body as the oversight body accepts it. */
public record CertificationBodyDetails(OrganisationId organisation, String legalName, AccreditationRoute route,
        String accreditationBody, boolean iafMlaSignatory, Set<StandardCode> standards, LocalDate acceptedFrom,
        @Nullable LocalDate acceptedUntil, BodyStatus status, LocalDate statusSince, @Nullable String contactEmail) {

    public CertificationBodyDetails {
        standards = Set.copyOf(standards);
    }

    /**
     * Whether a certificate on this standard issued on that date comes from an accepted body: the body covers the
     * standard, its acceptance period includes the date, and it was not suspended or withdrawn by then.
     */
    public boolean acceptsOn(StandardCode standard, LocalDate issuedOn) {
        if (!iafMlaSignatory || !standards.contains(standard) || issuedOn.isBefore(acceptedFrom)) {
            return false;
        }
        if (acceptedUntil != null && issuedOn.isAfter(acceptedUntil)) {
            return false;
        }
        return status == BodyStatus.ACCEPTED || issuedOn.isBefore(statusSince);
    }
}
