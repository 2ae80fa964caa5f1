/**
 * Evidence attached to answers: checked by content on upload, listed without content, downloaded only by those who
 * may read the report.
 */
@NullMarked
package org.custodes.reporting.evidence;

import org.jspecify.annotations.NullMarked;
