/**
 * Oversight across the modules: a reasoned choice of whom to visit. Every member and affiliate is ranked daily (and on
 * the secretariat's request) from weighted, configurable signals read through the other modules' public facades in a
 * handful of set-based queries; each rank shows its reasons and their weights, and the daily ranks are kept as
 * history. The country-risk list behind one of the signals is maintained here by the secretariat. This module depends
 * on the others and none depends on it, so it makes no cycle.
 */
@ApplicationModule(displayName = "Oversight",
        allowedDependencies = { "shared", "organisation", "membership", "monitoring", "complaint" })
@NullMarked
package org.custodes.oversight;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
