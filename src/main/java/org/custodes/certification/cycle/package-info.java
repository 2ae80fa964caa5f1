/**
 * The three-year certificate cycle: surveillance and recertification audits with their nonconformities and
 * redactions, the daily job that marks what falls due, expiry warnings, and the lapse of certifications that rest
 * on an expired or withdrawn certificate.
 */
@NullMarked
package org.custodes.certification.cycle;

import org.jspecify.annotations.NullMarked;
