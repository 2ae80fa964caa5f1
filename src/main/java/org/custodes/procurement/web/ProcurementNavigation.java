package org.custodes.procurement.web;

import java.util.List;

import org.custodes.shared.NavigationContribution;
import org.custodes.shared.NavigationEntry;
import org.springframework.stereotype.Component;

/** The entries resources and the procurement toolkit adds to the signed-in navigation, each behind the permission that opens its page. */
@Component
class ProcurementNavigation implements NavigationContribution {

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(
                new NavigationEntry(200, "procurement.nav.toolkit", "/procurement/toolkit", "directory:watch"),
                new NavigationEntry(210, "procurement.nav.resources", "/resources", "directory:watch"),
                new NavigationEntry(220, "procurement.nav.resources", "/resources", "procurement:manage-resources"));
    }
}
