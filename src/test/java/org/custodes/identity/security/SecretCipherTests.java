package org.custodes.identity.security;

import org.custodes.shared.MasterKey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretCipherTests {

    static final byte[] SECRET = "twenty bytes secret!".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path folder;

    @Test
    void aSealedSecretOpensOnlyForItsOwnerAndKey() {
        var cipher = new SecretCipher(MasterKey.load("a".repeat(40), folder.resolve("unused")).derive("test/v1"));
        var sealed = cipher.encrypt(SECRET, "account:1");

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("twenty bytes");
        assertThat(cipher.decrypt(sealed, "account:1")).isEqualTo(SECRET);
        assertThatIllegalStateException().isThrownBy(() -> cipher.decrypt(sealed, "account:2"));
        var otherKey = new SecretCipher(MasterKey.load("b".repeat(40), folder.resolve("unused")).derive("test/v1"));
        assertThatIllegalStateException().isThrownBy(() -> otherKey.decrypt(sealed, "account:1"));
        var otherPurpose = new SecretCipher(MasterKey.load("a".repeat(40), folder.resolve("unused")).derive("other/v1"));
        assertThatIllegalStateException().isThrownBy(() -> otherPurpose.decrypt(sealed, "account:1"));
    }

    @Test
    void aTamperedCiphertextFailsClosed() {
        var cipher = new SecretCipher(MasterKey.load("a".repeat(40), folder.resolve("unused")).derive("test/v1"));
        var sealed = cipher.encrypt(SECRET, "account:1");
        for (var position : new int[] { 1, 13, sealed.length - 1 }) {
            var tampered = sealed.clone();
            tampered[position] ^= 1;
            assertThatIllegalStateException().isThrownBy(() -> cipher.decrypt(tampered, "account:1"));
        }
        assertThatIllegalStateException().isThrownBy(() -> cipher.decrypt(new byte[5], "account:1"));
    }

    @Test
    void withoutAConfiguredKeyADevelopmentKeyIsMadeOnceAndKept() throws Exception {
        var file = folder.resolve(".custodes").resolve("master.key");
        var first = new SecretCipher(MasterKey.load("", file).derive("test/v1"));
        var sealed = first.encrypt(SECRET, "account:1");

        assertThat(file).exists();
        assertThat(Files.readString(file)).hasSizeGreaterThanOrEqualTo(40);
        var afterRestart = new SecretCipher(MasterKey.load("", file).derive("test/v1"));
        assertThat(afterRestart.decrypt(sealed, "account:1")).isEqualTo(SECRET);
    }

    @Test
    void aShortConfiguredKeyIsRefused() {
        assertThatIllegalStateException().isThrownBy(() -> MasterKey.load("too-short", folder.resolve("unused")));
    }
}
