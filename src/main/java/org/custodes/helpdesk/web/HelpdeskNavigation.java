package org.custodes.helpdesk.web;

import java.util.List;

import org.custodes.shared.NavigationContribution;
import org.custodes.shared.NavigationEntry;
import org.springframework.stereotype.Component;

/** The entries the helpdesk adds to the signed-in navigation: one's requests to the secretariat, and its queue. */
@Component
class HelpdeskNavigation implements NavigationContribution {

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(
                new NavigationEntry(330, "helpdesk.nav.requests", "/helpdesk/requests", "helpdesk:ask"),
                new NavigationEntry(332, "helpdesk.nav.queue", "/helpdesk/queue", "helpdesk:answer"));
    }
}
