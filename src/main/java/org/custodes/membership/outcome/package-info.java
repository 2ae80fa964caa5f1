/**
 * What other modules' outcomes mean for a company's membership: certification deadlines and their job, the self-
 * assessment results, and the companies obliged to report.
 */
@NullMarked
package org.custodes.membership.outcome;

import org.jspecify.annotations.NullMarked;
