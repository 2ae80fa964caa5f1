package org.custodes.complaint.casefile;

import org.custodes.shared.MasterKey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** security.md cases 33 (AEAD tamper) and 34 (key separation), on the envelope itself. */
class EnvelopeTests {

    static Envelope envelope() {
        var key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new Envelope(MasterKey.load(Base64.getEncoder().encodeToString(key), Path.of("unused")));
    }

    final Envelope envelope = envelope();

    @Test
    void sealedFieldOpensWithItsCaseKeyAndLeavesNoPlaintext() {
        var caseId = UUID.randomUUID();
        var key = envelope.newCaseKey(caseId);
        var sealed = key.seal("narrative", "CANARY-marker-text".getBytes(StandardCharsets.UTF_8));

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("CANARY");
        var reopened = envelope.caseKey(caseId, key.wrapped());
        assertThat(new String(reopened.open("narrative", sealed), StandardCharsets.UTF_8)).isEqualTo("CANARY-marker-text");
    }

    @Test
    void flippingAnyByteOfTheCiphertextFailsClosed() {
        var key = envelope.newCaseKey(UUID.randomUUID());
        var sealed = key.seal("narrative", "what happened".getBytes(StandardCharsets.UTF_8));
        for (var i = 0; i < sealed.length; i++) {
            var tampered = sealed.clone();
            tampered[i] ^= 0x01;
            assertThatExceptionOfType(CaseContentUnreadable.class).isThrownBy(() -> key.open("narrative", tampered));
        }
    }

    @Test
    void flippingAByteOfTheWrappedKeyFailsClosed() {
        var caseId = UUID.randomUUID();
        var wrapped = envelope.newCaseKey(caseId).wrapped();
        wrapped[wrapped.length / 2] ^= 0x01;
        assertThatExceptionOfType(CaseContentUnreadable.class).isThrownBy(() -> envelope.caseKey(caseId, wrapped));
    }

    @Test
    void anotherCasesKeyCannotOpenTheCiphertext() {
        var first = envelope.newCaseKey(UUID.randomUUID());
        var second = envelope.newCaseKey(UUID.randomUUID());
        var sealed = first.seal("narrative", "first case".getBytes(StandardCharsets.UTF_8));
        assertThatExceptionOfType(CaseContentUnreadable.class).isThrownBy(() -> second.open("narrative", sealed));
    }

    @Test
    void aWrappedKeyMovedToAnotherCaseDoesNotUnwrap() {
        var wrapped = envelope.newCaseKey(UUID.randomUUID()).wrapped();
        assertThatExceptionOfType(CaseContentUnreadable.class)
                .isThrownBy(() -> envelope.caseKey(UUID.randomUUID(), wrapped));
    }

    @Test
    void aCiphertextMovedToAnotherFieldDoesNotOpen() {
        var key = envelope.newCaseKey(UUID.randomUUID());
        var sealed = key.seal("company-excerpt", "shared excerpt".getBytes(StandardCharsets.UTF_8));
        assertThatExceptionOfType(CaseContentUnreadable.class).isThrownBy(() -> key.open("identity", sealed));
    }

    @Test
    void anotherMasterKeyCannotUnwrapCaseKeys() {
        var caseId = UUID.randomUUID();
        var wrapped = envelope.newCaseKey(caseId).wrapped();
        assertThatExceptionOfType(CaseContentUnreadable.class).isThrownBy(() -> envelope().caseKey(caseId, wrapped));
    }

    @Test
    void quickStartMakesADevelopmentKeyOnceAndReusesIt(@TempDir Path data) throws Exception {
        var file = data.resolve("master.key");
        var first = new Envelope(MasterKey.load("", file));
        var caseId = UUID.randomUUID();
        var wrapped = first.newCaseKey(caseId).wrapped();

        var second = new Envelope(MasterKey.load("", file));
        assertThat(second.caseKey(caseId, wrapped)).isNotNull();
        assertThat(Base64.getDecoder().decode(Files.readString(file).trim())).hasSize(32);
    }


}
