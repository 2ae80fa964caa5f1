/**
 * Training credentials: signed compact JWS cards that anyone can verify offline with the published key, their
 * claims, revocation, reissue, and when a credential is due for renewal.
 */
@NullMarked
package org.custodes.training.credential;

import org.jspecify.annotations.NullMarked;
