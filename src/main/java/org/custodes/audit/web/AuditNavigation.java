package org.custodes.audit.web;

import java.util.List;

import org.custodes.shared.NavigationContribution;
import org.custodes.shared.NavigationEntry;
import org.springframework.stereotype.Component;

/** The entries the audit trail adds to the signed-in navigation, each behind the permission that opens its page. */
@Component
class AuditNavigation implements NavigationContribution {

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(
                new NavigationEntry(290, "nav.audit", "/audit", "audit:read"));
    }
}
