/**
 * The small kernel every module may use: identifiers of aggregates that cross module lines, the base exceptions,
 * the audit marker, pagination and the code lists (countries, languages). No behaviour of its own.
 */
@NullMarked
package org.custodes.shared;

import org.jspecify.annotations.NullMarked;
