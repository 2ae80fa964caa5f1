package org.custodes.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;

import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;

class DirectoryCryptoTests {

    @Test
    void aSignatureMadeByTheSignerChecksWithTheJdksEd25519AndThePublicKeyAlone() throws Exception {
        var pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        var privateKey = KeyFactory.getInstance("Ed25519", new BouncyCastleProvider())
                .generatePrivate(new PKCS8EncodedKeySpec(pair.getPrivate().getEncoded()));
        var signer = new SigningKeys.Signer("test-key", privateKey);
        var message = "{\"standing\":\"MEMBER\"}".getBytes(StandardCharsets.UTF_8);

        for (int i = 0; i < 3; i++) { // pooled Signature objects stay usable
            var verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(pair.getPublic());
            verifier.update(message);
            assertThat(verifier.verify(signer.sign(message))).isTrue();
        }
        var jdk = Signature.getInstance("Ed25519");
        jdk.initSign(pair.getPrivate());
        jdk.update(message);
        assertThat(signer.sign(message)).as("Ed25519 is deterministic across providers").isEqualTo(jdk.sign());
    }

    @Test
    void sealedSecretsOpenOnlyWithTheSameMasterKeyAndPurpose() {
        var protection = new KeyProtection(org.custodes.shared.MasterKey.load("a-master-key-for-tests-of-forty-characters", java.nio.file.Path.of("unused")));
        var secret = "private key bytes".getBytes(StandardCharsets.UTF_8);
        var sealed = protection.seal(secret, "directory.signing-key:k1");

        assertThat(protection.protection()).isEqualTo(KeyProtection.SEALED);
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("private key bytes");
        assertThat(protection.open(sealed, KeyProtection.SEALED, "directory.signing-key:k1")).isEqualTo(secret);
        assertThatThrownBy(() -> protection.open(sealed, KeyProtection.SEALED, "directory.signing-key:k2"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new KeyProtection(org.custodes.shared.MasterKey.load("another-master-key-for-tests-forty-characters", java.nio.file.Path.of("unused"))).open(sealed, KeyProtection.SEALED, "directory.signing-key:k1"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void secretsStoredUnsealedByAnEarlierVersionStillOpen() {
        var protection = new KeyProtection(org.custodes.shared.MasterKey.load("a-master-key-for-tests-of-forty-characters", java.nio.file.Path.of("unused")));
        var secret = new byte[] { 1, 2, 3 };
        assertThat(protection.protection()).isEqualTo(KeyProtection.SEALED);
        assertThat(protection.open(secret, KeyProtection.NONE, "p")).isEqualTo(secret);
    }

    @Test
    void webhookSignaturesCoverTheTimestampAndTheBody() {
        // Reference value computed independently: printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac whsec_test
        assertThat(WebhookSignature.sign("whsec_test", 1_700_000_000L, "{\"a\":1}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("sha256=" + OPENSSL_REFERENCE);
        assertThat(WebhookSignature.sign("whsec_test", 1_700_000_001L, "{\"a\":1}".getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo("sha256=" + OPENSSL_REFERENCE);
    }

    static final String OPENSSL_REFERENCE = "38877139021993b830af32feea6e18a8da83eb2f6e49ee50bd9e4cf4ca4d3789";
}
