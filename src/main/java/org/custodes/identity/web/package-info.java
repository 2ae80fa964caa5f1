/**
 * The identity pages (sign-in and its second-factor step, account security, invitations, password reset, an
 * organisation's users, API tokens), their forms, and the current-user and API-token JSON endpoints. The security
 * filter chain is in {@code identity/security}: it serves no page.
 */
@NullMarked
package org.custodes.identity.web;

import org.jspecify.annotations.NullMarked;
