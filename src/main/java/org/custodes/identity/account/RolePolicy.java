package org.custodes.identity.account;

import java.util.EnumSet;
import java.util.Set;

import org.custodes.identity.Role;
import org.custodes.identity.RolesNotAllowed;
import org.custodes.organisation.OrganisationKind;

/**
 * Which roles a person may hold, given the kind of organisation they belong to. Board members come from the three
 * pillars; the secretariat belongs to the oversight body; everyone else holds the one role of their kind.
 */
public final class RolePolicy {

    private RolePolicy() {
    }

    public static Set<Role> allowedFor(OrganisationKind kind) {
        var roles = switch (kind) {
            case OVERSIGHT_BODY -> EnumSet.of(Role.SECRETARIAT_OFFICER, Role.SECRETARIAT_ADMIN);
            case COMPANY -> EnumSet.of(Role.COMPANY_REPRESENTATIVE);
            case CIVIL_SOCIETY -> EnumSet.of(Role.CSO_REPRESENTATIVE);
            case STATE -> EnumSet.of(Role.STATE_REPRESENTATIVE);
            case CERTIFICATION_BODY -> EnumSet.of(Role.CERTIFICATION_BODY_AUDITOR);
            case CLIENT -> EnumSet.of(Role.CLIENT);
            case OBSERVER -> EnumSet.of(Role.OBSERVER);
        };
        if (kind.pillar()) {
            roles.add(Role.BOARD_MEMBER);
        }
        return Set.copyOf(roles);
    }

    public static void check(OrganisationKind kind, Set<Role> roles) {
        if (roles.isEmpty()) {
            throw new RolesNotAllowed("identity.roles.required");
        }
        if (!allowedFor(kind).containsAll(roles)) {
            throw new RolesNotAllowed("identity.roles.not-allowed");
        }
    }
}
