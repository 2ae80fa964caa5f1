/**
 * Password reset by e-mailed single-use link, with its own throttle so that the form cannot be used to probe for
 * accounts.
 */
@NullMarked
package org.custodes.identity.passwordreset;

import org.jspecify.annotations.NullMarked;
