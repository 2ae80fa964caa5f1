/**
 * Complaints against member companies: the public intake that needs no account, receipts, encrypted case files,
 * two-way messages with anonymous complainants, the handlers' case workflow, referrals, remedy follow-up, retention
 * and aggregate statistics. Content is encrypted per case; it never leaves the module in clear except to the people
 * entitled to it, and the complainant's network identity is never recorded.
 */
@ApplicationModule(displayName = "Complaints", allowedDependencies = { "shared", "organisation", "notification" })
@NullMarked
package org.custodes.complaint;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
