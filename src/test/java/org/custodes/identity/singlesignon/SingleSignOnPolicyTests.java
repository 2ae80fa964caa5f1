package org.custodes.identity.singlesignon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.custodes.identity.ExternalIdentityLink.Status;
import org.custodes.identity.Role;
import org.custodes.identity.SignedInUser;
import org.custodes.identity.singlesignon.SingleSignOnPolicy.Accepted;
import org.custodes.identity.singlesignon.SingleSignOnPolicy.AwaitingApproval;
import org.custodes.identity.singlesignon.SingleSignOnPolicy.Refusal;
import org.custodes.identity.singlesignon.SingleSignOnPolicy.Refused;
import org.custodes.shared.Language;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.UserId;
import org.junit.jupiter.api.Test;

class SingleSignOnPolicyTests {

    private final SingleSignOnPolicy policy = new SingleSignOnPolicy(new SingleSignOnSettings("https://idp", "c", "s", null,
            null, Map.of("SECRETARIAT", "sec", "BOARD", "board"), false, null, null).roleGroups());

    private static SignedInUser account(boolean enabled, Role... roles) {
        return new SignedInUser(new UserId(UUID.randomUUID()), new OrganisationId(UUID.randomUUID()), "a@example.org", "A",
                Language.EN, Set.of(roles), Set.of(), enabled, null);
    }

    @Test
    void aFirstSignInWithAVerifiedAddressOfAStaffAccountAsksForALink() {
        var officer = account(true, Role.SECRETARIAT_OFFICER);
        assertThat(policy.decide(Optional.empty(), Optional.empty(), Optional.of(officer), true, List.of("sec")))
                .isEqualTo(new AwaitingApproval(officer, true));
    }

    @Test
    void anUnverifiedAddressOrAnUnknownOneIsRefusedBeforeAnythingElse() {
        var officer = account(true, Role.SECRETARIAT_OFFICER);
        assertThat(policy.decide(Optional.empty(), Optional.empty(), Optional.of(officer), false, List.of("sec")))
                .isEqualTo(new Refused(Refusal.UNVERIFIED_EMAIL));
        assertThat(policy.decide(Optional.empty(), Optional.empty(), Optional.empty(), true, List.of("sec")))
                .isEqualTo(new Refused(Refusal.UNKNOWN_ACCOUNT));
    }

    @Test
    void onlySecretariatAndBoardAccountsMaySignInThisWayWhateverTheProviderSays() {
        for (var role : List.of(Role.COMPANY_REPRESENTATIVE, Role.CSO_REPRESENTATIVE, Role.STATE_REPRESENTATIVE, Role.CLIENT,
                Role.OBSERVER, Role.CERTIFICATION_BODY_AUDITOR)) {
            var account = account(true, role);
            assertThat(policy.decide(Optional.of(Status.APPROVED), Optional.of(account), Optional.empty(), true,
                    List.of("sec", "board"))).as(role.name()).isEqualTo(new Refused(Refusal.NOT_STAFF));
        }
        var boardAndCompany = account(true, Role.BOARD_MEMBER, Role.COMPANY_REPRESENTATIVE);
        assertThat(policy.decide(Optional.empty(), Optional.empty(), Optional.of(boardAndCompany), true, List.of("board")))
                .isEqualTo(new Refused(Refusal.NOT_STAFF));
    }

    @Test
    void theRoleClaimMustGrantEveryRoleOfTheAccount() {
        var board = account(true, Role.BOARD_MEMBER);
        assertThat(policy.decide(Optional.of(Status.APPROVED), Optional.of(board), Optional.empty(), true, List.of("sec")))
                .isEqualTo(new Refused(Refusal.ROLE_MISMATCH));
        assertThat(policy.decide(Optional.of(Status.APPROVED), Optional.of(board), Optional.empty(), true, List.of("board")))
                .isEqualTo(new Accepted(board));
        var both = account(true, Role.SECRETARIAT_ADMIN, Role.BOARD_MEMBER);
        assertThat(policy.decide(Optional.of(Status.APPROVED), Optional.of(both), Optional.empty(), true, List.of("board")))
                .isEqualTo(new Refused(Refusal.ROLE_MISMATCH));
    }

    @Test
    void aLinkAwaitingApprovalOrRefusedSignsNoOneIn() {
        var officer = account(true, Role.SECRETARIAT_OFFICER);
        assertThat(policy.decide(Optional.of(Status.PENDING), Optional.of(officer), Optional.empty(), true, List.of("sec")))
                .isEqualTo(new AwaitingApproval(officer, false));
        assertThat(policy.decide(Optional.of(Status.REFUSED), Optional.of(officer), Optional.empty(), true, List.of("sec")))
                .isEqualTo(new Refused(Refusal.LINK_REFUSED));
        assertThat(policy.decide(Optional.of(Status.APPROVED), Optional.of(account(false, Role.SECRETARIAT_OFFICER)),
                Optional.empty(), true, List.of("sec"))).isEqualTo(new Refused(Refusal.ACCOUNT_DISABLED));
    }

    @Test
    void settingsAreOffWithoutIssuerKeepOurSecondFactorByDefaultAndRejectAnUnknownRole() {
        var off = new SingleSignOnSettings("  ", null, null, null, null, null, false, null, null);
        assertThat(off.enabled()).isFalse();
        assertThat(off.roleClaim()).isEqualTo("groups");
        assertThat(off.trustProviderSecondFactor()).isFalse();
        var specific = new SingleSignOnSettings("https://idp", "c", "s", null, null,
                Map.of("secretariat", "sec", "SECRETARIAT_ADMIN", "admins", "board-member", "b"), false, null, null);
        assertThat(specific.roleGroups()).isEqualTo(Map.of(Role.SECRETARIAT_ADMIN, "admins", Role.SECRETARIAT_OFFICER, "sec",
                Role.BOARD_MEMBER, "b"));
        var typo = new SingleSignOnSettings("https://idp", "c", "s", null, null, Map.of("SECRETARY", "x"), false, null, null);
        assertThatThrownBy(typo::roleGroups).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ourSecondFactorStaysUnlessTheProvidersIsTrustedAndNamedInAmr() {
        var byDefault = new SingleSignOnSettings("https://idp", "c", "s", null, null, null, false, null, null);
        assertThat(byDefault.providerSecondFactor(List.of("pwd", "mfa"))).isFalse();
        var trusted = new SingleSignOnSettings("https://idp", "c", "s", null, null, null, true, null, null);
        assertThat(trusted.providerSecondFactor(List.of("pwd", "mfa"))).isTrue();
        assertThat(trusted.providerSecondFactor(List.of("hwk"))).isTrue();
        assertThat(trusted.providerSecondFactor(List.of("pwd"))).isFalse();
        assertThat(trusted.providerSecondFactor(List.of())).isFalse();
    }
}
