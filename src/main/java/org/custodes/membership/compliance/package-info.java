/**
 * Compliance cases: what the secretariat opens against a member when a concern is serious enough to weigh its
 * standing, and how the case ends.
 */
@NullMarked
package org.custodes.membership.compliance;

import org.jspecify.annotations.NullMarked;
