/**
 * Monitoring between reports: observations that civil society, states, clients and the secretariat record about a
 * company (their text and source sealed at rest), the secretariat's triage of each, and compliance concerns raised
 * with a company along the escalation path (identified, confidential dialogue, recommendations, then resolved or
 * referred to the Board). Membership follows a referral to open the compliance case of its sanctions ladder; this
 * module never calls membership.
 */
@ApplicationModule(displayName = "Monitoring", allowedDependencies = { "shared", "organisation", "identity", "notification" })
@NullMarked
package org.custodes.monitoring;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
