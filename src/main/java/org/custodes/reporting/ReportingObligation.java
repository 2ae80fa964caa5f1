package org.custodes.reporting;

import java.util.Set;

import org.custodes.shared.OrganisationId;

/**
 * Who must file the yearly self-assessment: every member and affiliate company (domain §4). Membership knows who
 * they are and provides this; reporting only asks, so that it never depends on membership (which follows reporting's
 * events).
 */
public interface ReportingObligation {

    /** The companies a campaign opened "for all" includes, as of now. */
    Set<OrganisationId> companiesObligedToReport();
}
