package org.custodes.identity.web;

import java.util.List;

import org.custodes.shared.NavigationContribution;
import org.custodes.shared.NavigationEntry;
import org.springframework.stereotype.Component;

/** The entries identity adds to the signed-in navigation: the links to the identity provider awaiting a decision. */
@Component
class IdentityNavigation implements NavigationContribution {

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry(905, "identity.sso.nav.links", "/identity/single-sign-on/links",
                "identity:manage-roles"));
    }
}
