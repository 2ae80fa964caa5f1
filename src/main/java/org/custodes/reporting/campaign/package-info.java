/**
 * Self-assessment campaigns: opening one for a year with its deadlines, the calendar of reminders and its phases,
 * and each company's participation.
 */
@NullMarked
package org.custodes.reporting.campaign;

import org.jspecify.annotations.NullMarked;
