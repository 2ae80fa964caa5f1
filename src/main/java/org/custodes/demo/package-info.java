/**
 * Demo data for the quick start: organisations of every kind and one user per role, loaded through the modules'
 * own facades so the demo obeys the same rules as real use. Off in production.
 */
@ApplicationModule(displayName = "Demo data", allowedDependencies = { "shared", "organisation", "identity" })
@NullMarked
package org.custodes.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
