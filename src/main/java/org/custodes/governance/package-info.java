/**
 * The association's governing bodies: the Board's seats per pillar with their holders and staggered terms, the
 * Board's resolutions decided by the directors' votes under quorum and majority rules, and the General Assembly's
 * meetings with their notice, agenda and minutes. Who votes in which pillar is
 * derived from membership; membership keeps its own decisions and takes a carried resolution as the Board's.
 */
@ApplicationModule(displayName = "Governance", allowedDependencies = { "shared", "membership", "organisation", "identity", "notification" })
@NullMarked
package org.custodes.governance;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
