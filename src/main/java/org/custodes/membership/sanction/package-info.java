/**
 * The sanctions ladder: its steps from warning to termination, each proposed with a right of reply before it is
 * decided.
 */
@NullMarked
package org.custodes.membership.sanction;

import org.jspecify.annotations.NullMarked;
