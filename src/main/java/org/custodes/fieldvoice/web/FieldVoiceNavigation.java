package org.custodes.fieldvoice.web;

import java.util.List;

import org.custodes.shared.NavigationContribution;
import org.custodes.shared.NavigationEntry;
import org.springframework.stereotype.Component;

/** The entries field voice adds to the signed-in navigation, each behind the permission that opens its page. */
@Component
class FieldVoiceNavigation implements NavigationContribution {

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(
                new NavigationEntry(280, "fieldvoice.nav.missions", "/fieldvoice/missions", "fieldvoice:administer"),
                new NavigationEntry(281, "fieldvoice.nav.surveys", "/fieldvoice/surveys", "fieldvoice:administer"));
    }
}
