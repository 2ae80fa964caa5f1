package org.custodes.oversight;

import java.util.Set;

import org.custodes.membership.MemberStanding;
import org.custodes.organisation.SecurityService;
import org.custodes.shared.CountryCode;
import org.custodes.shared.OrganisationId;

/** A member or affiliate to rank: who it is, where it operates, what it offers and where its membership stands. */
public record RankedCompany(OrganisationId id, String name, Set<CountryCode> countries, Set<SecurityService> services,
        MemberStanding standing) {
}
