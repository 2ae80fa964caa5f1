/**
 * Membership from application to termination: applications and their review, Board decisions, the member status
 * lifecycle with its dated history, the sanctions ladder with a right of reply at each step, and dues. It does not
 * publish the public standing of a company; the directory derives that from the events published here.
 */
@ApplicationModule(displayName = "Membership", allowedDependencies = { "shared", "organisation", "notification", "identity", "certification", "complaint", "reporting", "monitoring" })
@NullMarked
package org.custodes.membership;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
