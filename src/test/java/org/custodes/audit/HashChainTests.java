package org.custodes.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class HashChainTests {

    static final UUID USER = UUID.fromString("11111111-2222-4333-8444-555555555555");
    static final UUID ORGANISATION = UUID.fromString("66666666-7777-4888-9999-aaaaaaaaaaaa");
    static final AuditRecord RECORD = new AuditRecord(1, Instant.parse("2026-11-22T10:15:30.123456Z"), USER,
            ORGANISATION, "organisation.organisation-registered", "organisation:42", "{\"legalName\":\"Aegis\"}");

    @Test
    void canonicalEncodingWritesEachFieldAsPresenceLengthAndUtf8Bytes() {
        var encoded = HashChain.canonical(new AuditRecord(7, Instant.parse("2026-01-02T03:04:05Z"), null, null,
                "a", "é", "{}"));

        assertThat(HexFormat.of().formatHex(encoded)).isEqualTo(
                "01" + "00000001" + "37"                                   // "7"
                + "01" + "00000014" + hex("2026-01-02T03:04:05Z")       // 20 bytes
                + "00"                                                  // no actor user
                + "00"                                                  // no actor organisation
                + "01" + "00000001" + "61"                              // "a"
                + "01" + "00000002" + "c3a9"                            // "é" is two UTF-8 bytes
                + "01" + "00000002" + "7b7d");                          // "{}"
    }

    @Test
    void theEncodingAndTheHashOfAKnownRowNeverChange() {
        // Fixed forever: a different value here means every stored chain would stop verifying.
        // The expected value was computed outside Java, from the encoding described in HashChain.
        assertThat(HashChain.hash(HashChain.GENESIS, RECORD)).isEqualTo(KNOWN_HASH);
    }

    @Test
    void fieldBoundariesCannotBeShiftedWithoutChangingTheHash() {
        var split = new AuditRecord(1, RECORD.occurredAt(), null, null, "ab", "c", "{}");
        var shifted = new AuditRecord(1, RECORD.occurredAt(), null, null, "a", "bc", "{}");

        assertThat(HashChain.hash(HashChain.GENESIS, split)).isNotEqualTo(HashChain.hash(HashChain.GENESIS, shifted));
    }

    @Test
    void aMissingActorIsNotTheSameAsAnotherRow() {
        var withoutActor = new AuditRecord(1, RECORD.occurredAt(), null, ORGANISATION, RECORD.action(),
                RECORD.subject(), RECORD.details());

        assertThat(HashChain.canonical(withoutActor)).isNotEqualTo(HashChain.canonical(RECORD));
        assertThat(HashChain.hash(HashChain.GENESIS, withoutActor)).isNotEqualTo(HashChain.hash(HashChain.GENESIS, RECORD));
    }

    @Test
    void everyFieldAndThePreviousHashAreCovered() {
        var hash = HashChain.hash(HashChain.GENESIS, RECORD);
        var changes = new AuditRecord[] {
                new AuditRecord(2, RECORD.occurredAt(), USER, ORGANISATION, RECORD.action(), RECORD.subject(), RECORD.details()),
                new AuditRecord(1, RECORD.occurredAt().plusNanos(1000), USER, ORGANISATION, RECORD.action(), RECORD.subject(), RECORD.details()),
                new AuditRecord(1, RECORD.occurredAt(), ORGANISATION, ORGANISATION, RECORD.action(), RECORD.subject(), RECORD.details()),
                new AuditRecord(1, RECORD.occurredAt(), USER, USER, RECORD.action(), RECORD.subject(), RECORD.details()),
                new AuditRecord(1, RECORD.occurredAt(), USER, ORGANISATION, "x", RECORD.subject(), RECORD.details()),
                new AuditRecord(1, RECORD.occurredAt(), USER, ORGANISATION, RECORD.action(), "x", RECORD.details()),
                new AuditRecord(1, RECORD.occurredAt(), USER, ORGANISATION, RECORD.action(), RECORD.subject(), "{\"legalName\":\"Aegis \"}") };

        for (var changed : changes) {
            assertThat(HashChain.hash(HashChain.GENESIS, changed)).as("%s", changed).isNotEqualTo(hash);
        }
        assertThat(HashChain.hash(hash, RECORD)).isNotEqualTo(hash);
        assertThat(hash).hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void theSummaryLineSaysValidOrBrokenWithRowsHeadAndFirstBrokenLink() {
        assertThat(new ChainVerification(true, 3, "ab", null).summary())
                .isEqualTo("Audit chain VALID: rows=3 head=ab first-broken=none");
        assertThat(new ChainVerification(false, 3, "ab", 2L).summary())
                .isEqualTo("Audit chain BROKEN: rows=3 head=ab first-broken=2");
    }

    private static final String KNOWN_HASH = "67f80627d1986d625672b0efde6546ae47dddafb9d17ebdf318d571b9ca16c59";

    private static String hex(String ascii) {
        return HexFormat.of().formatHex(ascii.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
