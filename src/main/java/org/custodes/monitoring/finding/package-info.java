/**
 * Findings on Code paragraphs, from a concern or a field-based review: their severity and the company's answer.
 */
@NullMarked
package org.custodes.monitoring.finding;

import org.jspecify.annotations.NullMarked;
