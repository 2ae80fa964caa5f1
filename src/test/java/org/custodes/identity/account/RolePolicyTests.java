package org.custodes.identity.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.util.Set;

import org.custodes.identity.Role;
import org.custodes.identity.RolesNotAllowed;
import org.custodes.organisation.OrganisationKind;
import org.junit.jupiter.api.Test;

class RolePolicyTests {

    @Test
    void eachKindOfOrganisationHasItsOwnRole() {
        assertThat(RolePolicy.allowedFor(OrganisationKind.OVERSIGHT_BODY))
                .containsExactlyInAnyOrder(Role.SECRETARIAT_OFFICER, Role.SECRETARIAT_ADMIN);
        assertThat(RolePolicy.allowedFor(OrganisationKind.CERTIFICATION_BODY)).containsExactly(Role.CERTIFICATION_BODY_AUDITOR);
        assertThat(RolePolicy.allowedFor(OrganisationKind.CLIENT)).containsExactly(Role.CLIENT);
        assertThat(RolePolicy.allowedFor(OrganisationKind.OBSERVER)).containsExactly(Role.OBSERVER);
    }

    @Test
    void boardMembersComeFromTheThreePillars() {
        assertThat(RolePolicy.allowedFor(OrganisationKind.COMPANY))
                .containsExactlyInAnyOrder(Role.COMPANY_REPRESENTATIVE, Role.BOARD_MEMBER);
        assertThat(RolePolicy.allowedFor(OrganisationKind.CIVIL_SOCIETY))
                .containsExactlyInAnyOrder(Role.CSO_REPRESENTATIVE, Role.BOARD_MEMBER);
        assertThat(RolePolicy.allowedFor(OrganisationKind.STATE))
                .containsExactlyInAnyOrder(Role.STATE_REPRESENTATIVE, Role.BOARD_MEMBER);
        assertThat(RolePolicy.allowedFor(OrganisationKind.OBSERVER)).doesNotContain(Role.BOARD_MEMBER);
        assertThat(RolePolicy.allowedFor(OrganisationKind.OVERSIGHT_BODY)).doesNotContain(Role.BOARD_MEMBER);
    }

    @Test
    void everyRoleFitsSomeKindOfOrganisation() {
        var covered = java.util.EnumSet.noneOf(Role.class);
        for (var kind : OrganisationKind.values()) {
            covered.addAll(RolePolicy.allowedFor(kind));
        }
        assertThat(covered).containsExactlyInAnyOrder(Role.values());
    }

    @Test
    void secretariatRolesCannotBeGivenToACompany() {
        assertThatExceptionOfType(RolesNotAllowed.class)
                .isThrownBy(() -> RolePolicy.check(OrganisationKind.COMPANY, Set.of(Role.COMPANY_REPRESENTATIVE, Role.SECRETARIAT_ADMIN)))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("identity.roles.not-allowed"));
    }

    @Test
    void anAccountNeedsAtLeastOneRole() {
        assertThatExceptionOfType(RolesNotAllowed.class)
                .isThrownBy(() -> RolePolicy.check(OrganisationKind.CLIENT, Set.of()))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("identity.roles.required"));
    }

    @Test
    void fittingRolesPass() {
        assertThatNoException().isThrownBy(() -> RolePolicy.check(OrganisationKind.STATE,
                Set.of(Role.STATE_REPRESENTATIVE, Role.BOARD_MEMBER)));
    }
}
