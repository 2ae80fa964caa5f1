package org.custodes.fieldvoice.survey;

import java.util.UUID;

import org.custodes.shared.Language;
import org.custodes.shared.OrganisationId;

/** Where a round is handed out: one company in one country, with the unguessable token of its short link. */
public record DistributionPoint(String token, UUID round, OrganisationId company, String companyName, String country,
        Language language) {

    public String path() {
        return "/voice/" + token;
    }
}
