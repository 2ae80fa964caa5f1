package org.custodes.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;

import org.junit.jupiter.api.Test;
import org.custodes.identity.apitoken.ApiTokenDesk;

class SecretTokenTests {

    @Test
    void aTokenCarries256RandomBitsInBase64Url() {
        var token = SecretToken.generate("");
        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(java.util.Base64.getUrlDecoder().decode(token)).hasSize(32);
    }

    @Test
    void apiTokensCarryTheirPrefix() {
        var token = SecretToken.generate(ApiTokenDesk.PREFIX);
        assertThat(token).startsWith("cst_").hasSize(4 + 43);
        assertThat(SecretToken.wellFormed(token, "cst_")).isTrue();
        assertThat(SecretToken.wellFormed(token, "")).isFalse();
    }

    @Test
    void tokensDoNotRepeat() {
        var seen = new HashSet<String>();
        for (var i = 0; i < 1000; i++) {
            assertThat(seen.add(SecretToken.generate(""))).isTrue();
        }
    }

    @Test
    void theHashIsSha256InHexAndNeverTheTokenItself() {
        var token = SecretToken.generate("");
        var hash = SecretToken.hash(token);
        assertThat(hash).hasSize(64).matches("[0-9a-f]+").doesNotContain(token);
        assertThat(SecretToken.hash(token)).isEqualTo(hash);
        assertThat(SecretToken.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void malformedTokensAreRecognisedBeforeAnyLookup() {
        assertThat(SecretToken.wellFormed(null, "")).isFalse();
        assertThat(SecretToken.wellFormed("", "")).isFalse();
        assertThat(SecretToken.wellFormed("../../etc/passwd", "")).isFalse();
        assertThat(SecretToken.wellFormed("a".repeat(42), "")).isFalse();
        assertThat(SecretToken.wellFormed("a".repeat(44), "")).isFalse();
        assertThat(SecretToken.wellFormed("a".repeat(42) + "=", "")).isFalse();
        assertThat(SecretToken.wellFormed("a".repeat(42) + "+", "")).isFalse();
        assertThat(SecretToken.wellFormed("a".repeat(43), "")).isTrue();
    }
}
