/**
 * What the answers show: scores per Code section, peer comparison, feedback to the company, and the campaign's
 * analytics (figures pass disclosure control).
 */
@NullMarked
package org.custodes.reporting.analytics;

import org.jspecify.annotations.NullMarked;
