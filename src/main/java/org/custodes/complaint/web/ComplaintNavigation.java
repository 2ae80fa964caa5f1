package org.custodes.complaint.web;

import java.util.List;

import org.custodes.shared.NavigationContribution;
import org.custodes.shared.NavigationEntry;
import org.springframework.stereotype.Component;

/** The entries complaints adds to the signed-in navigation, each behind the permission that opens its page. */
@Component
class ComplaintNavigation implements NavigationContribution {

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(
                new NavigationEntry(70, "nav.complaints", "/complaints/cases", "complaint:handle"),
                new NavigationEntry(80, "nav.identity-requests", "/complaints/identity-requests", "complaint:custodian"),
                new NavigationEntry(90, "nav.complaint-intake", "/complaints/intake", "complaint:intake"),
                new NavigationEntry(100, "nav.company-complaints", "/complaints/company-cases", "complaint:company-response"));
    }
}
