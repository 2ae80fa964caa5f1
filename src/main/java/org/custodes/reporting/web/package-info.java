/** The self-assessment's pages and JSON API; both go through {@link org.custodes.reporting.ReportingService}. */
@NullMarked
package org.custodes.reporting.web;

import org.jspecify.annotations.NullMarked;
