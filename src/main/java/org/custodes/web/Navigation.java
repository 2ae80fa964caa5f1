package org.custodes.web;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;

import org.custodes.identity.SignedInUser;
import org.custodes.shared.NavigationContribution;
import org.custodes.shared.NavigationEntry;
import org.springframework.stereotype.Component;

/**
 * The signed-in navigation, gathered from every module's {@link NavigationContribution} plus the shell's own
 * entries. Each role sees the entries its permissions open, so the menu and the access rules cannot disagree.
 */
@Component
class Navigation {

    private static final List<NavigationEntry> SHELL = List.of(
            new NavigationEntry(0, "nav.workspace", "/workspace", null),
            new NavigationEntry(310, "nav.security", "/account/security", null),
            new NavigationEntry(320, "nav.api-tokens", "/account/tokens", null));

    private final List<NavigationEntry> entries;

    Navigation(List<NavigationContribution> contributions) {
        this.entries = Stream.concat(SHELL.stream(), contributions.stream().flatMap(c -> c.navigation().stream()))
                .sorted(Comparator.comparingInt(NavigationEntry::order)).toList();
    }

    /** The entries the user's permissions open, each page once even when two of its permissions are held. */
    List<NavigationEntry> forUser(SignedInUser user) {
        var seen = new HashSet<String>();
        return entries.stream().filter(entry -> entry.permission() == null || user.can(entry.permission()))
                .filter(entry -> seen.add(entry.messageKey() + " " + entry.path())).toList();
    }
}
