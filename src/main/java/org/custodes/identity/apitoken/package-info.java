/**
 * API tokens: issued once, stored only as a hash, scoped to their owner's permissions, and checked by a filter on
 * every API request.
 */
@NullMarked
package org.custodes.identity.apitoken;

import org.jspecify.annotations.NullMarked;
