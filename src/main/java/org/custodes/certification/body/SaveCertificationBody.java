package org.custodes.certification.body;

import java.time.LocalDate;
import java.util.Set;

import org.custodes.certification.StandardCode;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/** Accept an organisation of kind certification body, or change the terms of its acceptance. */
public record SaveCertificationBody(OrganisationId organisation, AccreditationRoute route, String accreditationBody,
        boolean iafMlaSignatory, Set<StandardCode> standards, LocalDate acceptedFrom, @Nullable LocalDate acceptedUntil,
        @Nullable String contactEmail) {

    public SaveCertificationBody {
        standards = Set.copyOf(standards);
    }
}
