/**
 * Certification of companies on recognised external standards: the standards and their additional (Annex B) items,
 * the accepted certification bodies, the external certificates and their audits, companies' applications with their
 * review and decision, and the daily tracking of surveillance and expiry. It does not change membership status or
 * the public standing itself: it publishes events that the membership and directory modules act on.
 */
@ApplicationModule(displayName = "Certification", allowedDependencies = { "shared", "organisation", "notification" })
@NullMarked
package org.custodes.certification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
