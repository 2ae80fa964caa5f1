/**
 * Sign-in through the organisation's identity provider (OpenID Connect): which provider is trusted, how an
 * external identity is linked to an account (and approved by the secretariat), and the demo provider.
 */
@NullMarked
package org.custodes.identity.singlesignon;

import org.jspecify.annotations.NullMarked;
