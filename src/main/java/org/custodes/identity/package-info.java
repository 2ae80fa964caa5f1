/**
 * Who someone is and what they may do: accounts, roles and their permissions (as data), sign-in with password and
 * second factor, invitations, password reset, sessions and personal API tokens. Owns the security filter chains.
 * It knows organisations only by id and asks the organisation module about them.
 */
@ApplicationModule(displayName = "Identity", allowedDependencies = { "shared", "organisation", "notification" })
@NullMarked
package org.custodes.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
