package org.custodes.governance.web;

import java.util.List;

import org.custodes.shared.NavigationContribution;
import org.custodes.shared.NavigationEntry;
import org.springframework.stereotype.Component;

/** The entries governance adds to the signed-in navigation, each behind the permission that opens its page. */
@Component
class GovernanceNavigation implements NavigationContribution {

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(
                new NavigationEntry(230, "governance.nav.board", "/governance/board", "governance:read"),
                new NavigationEntry(240, "governance.nav.resolutions", "/governance/resolutions", "governance:read"),
                new NavigationEntry(250, "governance.nav.electorate", "/governance/electorate", "governance:read"),
                new NavigationEntry(260, "governance.nav.assemblies", "/governance/assemblies", "governance:read"),
                new NavigationEntry(270, "governance.nav.assemblies", "/governance/assemblies", "governance:attend"));
    }
}
