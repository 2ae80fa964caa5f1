/**
 * Compliance concerns: opened from observations or findings, moved through their stages, discussed with the
 * company by message, escalated confidentially to the Board, and raised again when an action plan is overdue.
 */
@NullMarked
package org.custodes.monitoring.concern;

import org.jspecify.annotations.NullMarked;
