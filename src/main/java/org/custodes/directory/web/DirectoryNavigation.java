package org.custodes.directory.web;

import java.util.List;

import org.custodes.shared.NavigationContribution;
import org.custodes.shared.NavigationEntry;
import org.springframework.stereotype.Component;

/** The entries the directory adds to the signed-in navigation, each behind the permission that opens its page. */
@Component
class DirectoryNavigation implements NavigationContribution {

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(
                new NavigationEntry(190, "nav.watchlist", "/directory/watchlist", "directory:watch"));
    }
}
