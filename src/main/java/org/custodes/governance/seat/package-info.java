/**
 * The Board's seats: twelve, four per pillar, with staggered terms; filling a seat and vacating it.
 */
@NullMarked
package org.custodes.governance.seat;

import org.jspecify.annotations.NullMarked;
