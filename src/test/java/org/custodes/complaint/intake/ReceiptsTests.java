package org.custodes.complaint.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;

import org.junit.jupiter.api.Test;
import org.custodes.complaint.ComplaintSettings;

/** security.md case 11: receipts carry 80 random bits in an easy-to-write form. */
class ReceiptsTests {

    final Receipts receipts = new Receipts(null, ComplaintSettings.defaults());

    @Test
    void aReceiptIsSixteenCrockfordCharactersInFourGroupsOfEightyBits() {
        var receipt = receipts.newReceipt();
        assertThat(receipt).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}");
        assertThat(Math.log(Receipts.ALPHABET.length()) / Math.log(2) * Receipts.LENGTH).isGreaterThanOrEqualTo(80);
    }

    @Test
    void receiptsDoNotRepeat() {
        var seen = new HashSet<String>();
        for (var i = 0; i < 10_000; i++) {
            assertThat(seen.add(receipts.newReceipt())).isTrue();
        }
    }

    @Test
    void typingMistakesThatCrockfordForgivesStillMatch() {
        assertThat(Receipts.normalise(" 7k3m-9qo1 iL2a-bcde ")).isEqualTo("7K3M9Q01112ABCDE");
        assertThat(Receipts.normalise("too-short")).isNull();
        assertThat(Receipts.normalise("UUUU-UUUU-UUUU-UUUU")).as("U is not in the alphabet").isNull();
    }
}
