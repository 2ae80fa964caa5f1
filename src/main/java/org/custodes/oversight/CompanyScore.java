package org.custodes.oversight;

import java.util.List;

import org.custodes.shared.OrganisationId;

/** A company's place in the ranking: its rank (1 = visit first), score, and the reasons, largest first. */
public record CompanyScore(OrganisationId company, String name, int rank, double score, List<Reason> reasons) {

    public CompanyScore {
        reasons = List.copyOf(reasons);
    }
}
