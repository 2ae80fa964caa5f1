package org.custodes.monitoring.web;

import java.util.List;

import org.custodes.shared.NavigationContribution;
import org.custodes.shared.NavigationEntry;
import org.springframework.stereotype.Component;

/**
 * The entries monitoring adds to the signed-in navigation: recording and following observations for those who
 * observe, the observations and concerns for the secretariat and the Board, a company's own concerns.
 */
@Component
class MonitoringNavigation implements NavigationContribution {

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(
                new NavigationEntry(282, "monitoring.nav.record", "/monitoring/observations/new", "monitoring:observe"),
                new NavigationEntry(284, "monitoring.nav.observations", "/monitoring/observations", "monitoring:observe"),
                new NavigationEntry(284, "monitoring.nav.observations", "/monitoring/observations", "monitoring:read"),
                new NavigationEntry(286, "monitoring.nav.concerns", "/monitoring/concerns", "monitoring:read"),
                new NavigationEntry(286, "monitoring.nav.concerns", "/monitoring/concerns", "monitoring:respond"),
                new NavigationEntry(288, "monitoring.nav.plans", "/monitoring/plans", "monitoring:read"),
                new NavigationEntry(288, "monitoring.nav.plans", "/monitoring/plans", "monitoring:respond"),
                new NavigationEntry(290, "monitoring.nav.missions", "/monitoring/missions", "monitoring:read"),
                new NavigationEntry(290, "monitoring.nav.missions", "/monitoring/missions", "monitoring:observe"));
    }
}
