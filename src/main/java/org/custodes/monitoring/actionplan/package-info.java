/**
 * Corrective action plans: for a finding, the company proposes actions (owner, due date, the evidence expected, how
 * it will be verified); the secretariat accepts or returns the plan, verifies each action, and closes the finding
 * only when every action is closed and the closure rule of the finding's category is met. Overdue actions remind the
 * company and, after a while, open a concern.
 */
@NullMarked
package org.custodes.monitoring.actionplan;

import org.jspecify.annotations.NullMarked;
