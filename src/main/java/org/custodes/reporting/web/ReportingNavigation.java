package org.custodes.reporting.web;

import java.util.List;

import org.custodes.shared.NavigationContribution;
import org.custodes.shared.NavigationEntry;
import org.springframework.stereotype.Component;

/** The entries the self-assessment adds to the signed-in navigation, each behind the permission that opens its page. */
@Component
class ReportingNavigation implements NavigationContribution {

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(
                new NavigationEntry(150, "nav.my-reports", "/reporting", "reporting:fill"),
                new NavigationEntry(160, "nav.campaigns", "/reporting/campaigns", "reporting:read"));
    }
}
