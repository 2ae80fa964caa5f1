/**
 * Taking a complaint in: the submission as one idempotent step (so a retried post never files twice), its
 * attachments cleaned and checked, the per-client attempt limits, and the reference and receipt handed to the
 * complainant.
 */
@NullMarked
package org.custodes.complaint.intake;

import org.jspecify.annotations.NullMarked;
