/**
 * Password sign-in and what follows it: attempts and lock-out, the per-client throttle, completing the session
 * with its permissions and language, session lifetime and revocation, and the security events of sign-in.
 */
@NullMarked
package org.custodes.identity.signin;

import org.jspecify.annotations.NullMarked;
