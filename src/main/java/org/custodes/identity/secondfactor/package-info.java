/**
 * The second factor: TOTP enrolment and verification, recovery codes, and the gate that holds a half-signed-in
 * session until the code is given.
 */
@NullMarked
package org.custodes.identity.secondfactor;

import org.jspecify.annotations.NullMarked;
