package org.custodes.training.web;

import java.util.List;

import org.custodes.shared.NavigationContribution;
import org.custodes.shared.NavigationEntry;
import org.springframework.stereotype.Component;

/** The entries training adds to the signed-in navigation, each behind the permission that opens its page. */
@Component
class TrainingNavigation implements NavigationContribution {

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(
                new NavigationEntry(170, "training.nav.courses", "/training/courses", "training:manage"),
                new NavigationEntry(180, "training.nav.personnel", "/training/personnel", "training:enrol"));
    }
}
