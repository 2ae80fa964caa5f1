package org.custodes.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.custodes.directory.StandingRules.Inputs;
import org.custodes.membership.MembershipStatus;
import org.custodes.membership.SanctionStep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StandingRulesTests {

    @Test
    void aCompanyWithoutAnyMembershipDecisionIsNotAMember() {
        assertThat(StandingRules.standing(new Inputs(null, false))).isEqualTo(Standing.NOT_A_MEMBER);
    }

    @ParameterizedTest
    @CsvSource({ "APPLICANT,APPLICANT", "REJECTED,NOT_A_MEMBER", "MEMBER,MEMBER", "CERTIFIED_MEMBER,CERTIFIED_MEMBER",
            "AFFILIATE,AFFILIATE", "OBSERVER,NOT_A_MEMBER", "SUSPENDED,SUSPENDED", "TERMINATED,TERMINATED",
            "WITHDRAWN,WITHDRAWN" })
    void theMembershipStatusDecidesTheStanding(MembershipStatus status, Standing expected) {
        assertThat(StandingRules.standing(new Inputs(status, false))).isEqualTo(expected);
    }

    @Test
    void onlyTheBoardsStepsOfTheSanctionsLadderArePublic() {
        assertThat(StandingRules.isPublic(SanctionStep.COMPLIANCE_CONCERN)).isFalse();
        assertThat(StandingRules.isPublic(SanctionStep.SECRETARIAT_RECOMMENDATIONS)).isFalse();
        assertThat(StandingRules.isPublic(SanctionStep.CORRECTIVE_ACTION)).isTrue();
        assertThat(StandingRules.isPublic(SanctionStep.SUSPENSION)).isTrue();
    }

    @Test
    void theCorrectiveActionMarkerIsNotShownForCompaniesThatLeft() {
        assertThat(StandingRules.showsCorrectiveAction(Standing.MEMBER, true)).isTrue();
        assertThat(StandingRules.showsCorrectiveAction(Standing.MEMBER, false)).isFalse();
        assertThat(StandingRules.showsCorrectiveAction(Standing.TERMINATED, true)).isFalse();
    }
}
