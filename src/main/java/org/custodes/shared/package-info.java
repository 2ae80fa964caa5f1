/**
 * The small kernel every module may use: identifiers of aggregates that cross module lines, the base exceptions,
 * the audit marker, pagination, the code lists (countries, languages), the navigation contract, and the few
 * technical services every module needs alike (the master key, QR codes, uploaded workbooks, cron locks).
 */
@NullMarked
package org.custodes.shared;

import org.jspecify.annotations.NullMarked;
