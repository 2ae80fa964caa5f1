package org.custodes.monitoring.mission;

import java.util.List;

import org.custodes.organisation.OrganisationSummary;

/** What the plan of a mission is chosen from: the companies the body knows and the civil-society partners. */
public record PlanChoices(List<OrganisationSummary> companies, List<OrganisationSummary> partners) {

    public PlanChoices {
        companies = List.copyOf(companies);
        partners = List.copyOf(partners);
    }
}
