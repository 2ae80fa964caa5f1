/**
 * A company's application for certification by the oversight body: its documents (checked by content), the
 * requests for information and answers, the reviewer's checklist, and the decision.
 */
@NullMarked
package org.custodes.certification.application;

import org.jspecify.annotations.NullMarked;
