package org.custodes.shared;

import java.util.List;

/**
 * A module's entries in the signed-in navigation. Each module declares its own as a bean in its web package, so the
 * web shell knows no module's addresses and a new module adds its pages without editing the shell.
 */
public interface NavigationContribution {

    List<NavigationEntry> navigation();
}
