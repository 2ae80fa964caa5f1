/**
 * Invitations: an organisation's administrator invites a person by e-mail; the link is single-use and expires;
 * accepting it creates the account.
 */
@NullMarked
package org.custodes.identity.invitation;

import org.jspecify.annotations.NullMarked;
