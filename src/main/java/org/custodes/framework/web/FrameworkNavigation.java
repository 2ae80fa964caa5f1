package org.custodes.framework.web;

import java.util.List;

import org.custodes.shared.NavigationContribution;
import org.custodes.shared.NavigationEntry;
import org.springframework.stereotype.Component;

/** The entries the Code and its indicators adds to the signed-in navigation, each behind the permission that opens its page. */
@Component
class FrameworkNavigation implements NavigationContribution {

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(
                new NavigationEntry(140, "nav.framework", "/framework", "framework:read"));
    }
}
