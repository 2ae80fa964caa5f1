/**
 * The security filter chain and what it needs: deny-by-default route checking, problem-details answers for the
 * API, and the token and cipher that protect identity's secrets. It serves no page.
 */
@NullMarked
package org.custodes.identity.security;

import org.jspecify.annotations.NullMarked;
