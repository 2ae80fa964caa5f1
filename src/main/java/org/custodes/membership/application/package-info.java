/**
 * Applying for membership: the form filled step by step, what each pillar still has to supply, the uploaded
 * documents (checked by content), the secretariat's review and its decision, and the mail to the applicant.
 */
@NullMarked
package org.custodes.membership.application;

import org.jspecify.annotations.NullMarked;
