/**
 * Membership dues: invoices per year and pillar, their PDF, payment and reminders, and the job that starts the
 * sanctions ladder when dues stay unpaid.
 */
@NullMarked
package org.custodes.membership.dues;

import org.jspecify.annotations.NullMarked;
