package org.custodes.web;

import java.util.List;

import org.custodes.identity.SignedInUser;

/**
 * The signed-in navigation. Each role sees the entries its permissions open, so the menu and the access rules
 * cannot disagree.
 */
final class Navigation {

    private static final List<NavigationEntry> ENTRIES = List.of(
            new NavigationEntry("nav.workspace", "/workspace", null),
            new NavigationEntry("nav.organisations", "/organisations", "organisation:read"),
            new NavigationEntry("nav.my-organisation", "/organisations/mine", "organisation:read-own"),
            new NavigationEntry("membership.nav.mine", "/membership/mine", "membership:apply"),
            new NavigationEntry("membership.nav.applications", "/membership/applications", "membership:read"),
            new NavigationEntry("membership.nav.members", "/membership/members", "membership:read"),
            new NavigationEntry("membership.nav.cases", "/membership/cases", "membership:read"),
            new NavigationEntry("nav.complaints", "/complaints/cases", "complaint:handle"),
            new NavigationEntry("nav.identity-requests", "/complaints/identity-requests", "complaint:custodian"),
            new NavigationEntry("nav.complaint-intake", "/complaints/intake", "complaint:intake"),
            new NavigationEntry("nav.company-complaints", "/complaints/company-cases", "complaint:company-response"),
            new NavigationEntry("nav.certification", "/certification", "certification:read"),
            new NavigationEntry("nav.certification", "/certification/certificates", "certification:enter-certificates"),
            new NavigationEntry("nav.certification", "/certification/applications", "certification:apply"),
            new NavigationEntry("nav.framework", "/framework", "framework:read"),
            new NavigationEntry("nav.my-reports", "/reporting", "reporting:fill"),
            new NavigationEntry("nav.campaigns", "/reporting/campaigns", "reporting:read"),
            new NavigationEntry("training.nav.courses", "/training/courses", "training:manage"),
            new NavigationEntry("training.nav.personnel", "/training/personnel", "training:enrol"),
            new NavigationEntry("nav.watchlist", "/directory/watchlist", "directory:watch"),
            new NavigationEntry("procurement.nav.toolkit", "/procurement/toolkit", "directory:watch"),
            new NavigationEntry("procurement.nav.resources", "/resources", "directory:watch"),
            new NavigationEntry("procurement.nav.resources", "/resources", "procurement:manage-resources"),
            new NavigationEntry("governance.nav.board", "/governance/board", "governance:read"),
            new NavigationEntry("governance.nav.resolutions", "/governance/resolutions", "governance:read"),
            new NavigationEntry("governance.nav.electorate", "/governance/electorate", "governance:read"),
            new NavigationEntry("governance.nav.assemblies", "/governance/assemblies", "governance:read"),
            new NavigationEntry("governance.nav.assemblies", "/governance/assemblies", "governance:attend"),
            new NavigationEntry("fieldvoice.nav.missions", "/fieldvoice/missions", "fieldvoice:administer"),
            new NavigationEntry("nav.audit", "/audit", "audit:read"),
            new NavigationEntry("nav.outbox", "/notifications/outbox", "notification:outbox-read"),
            new NavigationEntry("nav.security", "/account/security", null),
            new NavigationEntry("nav.api-tokens", "/account/tokens", null),
            new NavigationEntry("monitoring.nav.record", "/monitoring/observations/new", "monitoring:observe"),
            new NavigationEntry("monitoring.nav.observations", "/monitoring/observations", "monitoring:observe"),
            new NavigationEntry("monitoring.nav.concerns", "/monitoring/concerns", "monitoring:read"),
            new NavigationEntry("monitoring.nav.concerns", "/monitoring/concerns", "monitoring:respond"));

    private Navigation() {
    }

    static List<NavigationEntry> forUser(SignedInUser user) {
        return ENTRIES.stream().filter(entry -> entry.permission() == null || user.can(entry.permission())).toList();
    }
}
