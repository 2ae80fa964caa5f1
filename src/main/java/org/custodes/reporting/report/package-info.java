/**
 * A company's self-assessment report through its life (draft, submitted, clarification requested, accepted), its
 * history of changes, its mail and the secretariat's review comments.
 */
@NullMarked
package org.custodes.reporting.report;

import org.jspecify.annotations.NullMarked;
