package org.custodes.identity.secondfactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;

import org.junit.jupiter.api.Test;

class RecoveryCodesTests {

    final RecoveryCodes.Issued issued = RecoveryCodes.issue(new SecureRandom());

    @Test
    void issuesTenDistinctCodesAndKeepsOnlyTheirHashes() {
        assertThat(issued.codes()).hasSize(10).doesNotHaveDuplicates()
                .allMatch(code -> code.matches("[A-Z2-9]{4}(-[A-Z2-9]{4}){3}"));
        var kept = new HashSet<String>();
        issued.kept().entries().forEach(entry -> kept.add(entry.hash()));
        assertThat(kept).hasSize(10).doesNotContainAnyElementsOf(issued.codes());
        assertThat(issued.kept().remaining()).isEqualTo(10);
    }

    @Test
    void eachCodeOpensOneSignInOnly() {
        var code = issued.codes().get(3);
        var hash = issued.kept().unusedMatch(code).orElseThrow();

        var afterUse = issued.kept().markUsed(hash);

        assertThat(afterUse.unusedMatch(code)).isEmpty();
        assertThat(afterUse.remaining()).isEqualTo(9);
        assertThat(afterUse.unusedMatch(issued.codes().get(4))).isPresent();
    }

    @Test
    void aCodeMayBeTypedWithoutDashesAndInLowerCase() {
        var code = issued.codes().get(0);
        assertThat(issued.kept().unusedMatch(code.replace("-", " ").toLowerCase())).isPresent();
        assertThat(RecoveryCodes.looksLikeOne(code)).isTrue();
        assertThat(RecoveryCodes.looksLikeOne("123456")).isFalse();
    }

    @Test
    void anUnknownCodeMatchesNothing() {
        assertThat(issued.kept().unusedMatch("AAAA-BBBB-CCCC-DDDD")).isEmpty();
    }
}
