package org.custodes.membership.web;

import java.util.List;

import org.custodes.shared.NavigationContribution;
import org.custodes.shared.NavigationEntry;
import org.springframework.stereotype.Component;

/** The entries membership adds to the signed-in navigation, each behind the permission that opens its page. */
@Component
class MembershipNavigation implements NavigationContribution {

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(
                new NavigationEntry(30, "membership.nav.mine", "/membership/mine", "membership:apply"),
                new NavigationEntry(40, "membership.nav.applications", "/membership/applications", "membership:read"),
                new NavigationEntry(50, "membership.nav.members", "/membership/members", "membership:read"),
                new NavigationEntry(60, "membership.nav.cases", "/membership/cases", "membership:read"));
    }
}
