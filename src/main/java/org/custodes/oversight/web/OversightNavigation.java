package org.custodes.oversight.web;

import java.util.List;

import org.custodes.shared.NavigationContribution;
import org.custodes.shared.NavigationEntry;
import org.springframework.stereotype.Component;

/** The ranking of whom to visit and its country-risk list, for the secretariat and the Board. */
@Component
class OversightNavigation implements NavigationContribution {

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry(290, "oversight.nav.ranking", "/oversight/ranking", "oversight:ranking"),
                new NavigationEntry(292, "oversight.nav.country-risks", "/oversight/country-risks", "oversight:ranking"));
    }
}
