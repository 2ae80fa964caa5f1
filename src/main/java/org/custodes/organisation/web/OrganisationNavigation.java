package org.custodes.organisation.web;

import java.util.List;

import org.custodes.shared.NavigationContribution;
import org.custodes.shared.NavigationEntry;
import org.springframework.stereotype.Component;

/** The entries the organisations register adds to the signed-in navigation, each behind the permission that opens its page. */
@Component
class OrganisationNavigation implements NavigationContribution {

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(
                new NavigationEntry(10, "nav.organisations", "/organisations", "organisation:read"),
                new NavigationEntry(20, "nav.my-organisation", "/organisations/mine", "organisation:read-own"));
    }
}
