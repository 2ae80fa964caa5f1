/**
 * The sealed case file: each case's own key (wrapped by the master key), the envelope that seals testimony,
 * messages, notes and attachments at rest, and what the handlers and the complainant may read of it. Retention
 * ends what is no longer needed.
 */
@NullMarked
package org.custodes.complaint.casefile;

import org.jspecify.annotations.NullMarked;
