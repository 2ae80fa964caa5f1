package org.custodes.certification.web;

import java.util.List;

import org.custodes.shared.NavigationContribution;
import org.custodes.shared.NavigationEntry;
import org.springframework.stereotype.Component;

/** The entries certification adds to the signed-in navigation, each behind the permission that opens its page. */
@Component
class CertificationNavigation implements NavigationContribution {

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(
                new NavigationEntry(110, "nav.certification", "/certification", "certification:read"),
                new NavigationEntry(120, "nav.certification", "/certification/certificates", "certification:enter-certificates"),
                new NavigationEntry(130, "nav.certification", "/certification/applications", "certification:apply"));
    }
}
