package org.custodes.fieldvoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.custodes.fieldvoice.OdkEncryption.EncryptedSubmission;
import org.custodes.fieldvoice.OdkEncryption.SubmissionFile;
import org.junit.jupiter.api.Test;

class OdkEncryptionTests {

    static final KeyPair KEYS = OdkEncryption.newKeyPair();
    static final String INSTANCE = "uuid:6f1c2a5e-8d4b-4c1e-9a77-2b0d3e4f5a61";
    static final byte[] XML = "<data id=\"site_observation_x\" version=\"2026120701\"><site>Gate 3</site></data>"
            .getBytes(StandardCharsets.UTF_8);
    static final byte[] PHOTO = "not really a jpeg, but bytes all the same".getBytes(StandardCharsets.UTF_8);

    @Test
    void aSubmissionEncryptedAsCollectDoesOpensWithTheMissionsPrivateKey() {
        var sent = encrypt();
        var manifest = SubmissionManifest.parse(sent.manifest());
        assertThat(manifest.formId()).isEqualTo("site_observation_x");
        assertThat(manifest.version()).isEqualTo("2026120701");
        assertThat(manifest.instanceId()).isEqualTo(INSTANCE);
        assertThat(manifest.mediaFiles()).containsExactly("photo.jpg.enc");
        assertThat(manifest.encryptedXmlFile()).isEqualTo("submission.xml.enc");

        var opened = OdkEncryption.decrypt(manifest, parts(sent), KEYS.getPrivate());
        assertThat(opened.xml()).isEqualTo(XML);
        assertThat(opened.media()).singleElement().satisfies(file -> {
            assertThat(file.name()).isEqualTo("photo.jpg");
            assertThat(file.content()).isEqualTo(PHOTO);
        });
    }

    @Test
    void theKeyIsRsaOaepWithSha256AndMgf1Sha1AndTheXmlIvIsTheSecondIncrementOfTheMd5Seed() throws Exception {
        var sent = encrypt();
        var manifest = SubmissionManifest.parse(sent.manifest());
        // The JDK's name for what Android's RSA/NONE/OAEPWithSHA256AndMGF1Padding does (MGF1 defaults to SHA-1).
        var rsa = Cipher.getInstance("RSA/ECB/OAEPWithSHA-256AndMGF1Padding");
        rsa.init(Cipher.DECRYPT_MODE, KEYS.getPrivate());
        var key = rsa.doFinal(Base64.getDecoder().decode(manifest.base64EncryptedKey()));
        assertThat(key).hasSize(32);

        var md5 = MessageDigest.getInstance("MD5");
        md5.update(INSTANCE.getBytes(StandardCharsets.UTF_8));
        var seed = md5.digest(key);
        seed[0]++; // the photo's IV
        seed[1]++; // submission.xml's IV: the second file
        var aes = Cipher.getInstance("AES/CFB/PKCS5Padding");
        aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(seed));
        assertThat(aes.doFinal(parts(sent).get("submission.xml.enc"))).isEqualTo(XML);
    }

    @Test
    void anAlteredFileIsRefusedByTheSignature() {
        var sent = encrypt();
        var parts = parts(sent);
        var photo = parts.get("photo.jpg.enc").clone();
        photo[3] ^= 0x01; // CFB: the altered byte decrypts to a different byte, padding stays intact
        parts.put("photo.jpg.enc", photo);
        assertThatThrownBy(() -> OdkEncryption.decrypt(SubmissionManifest.parse(sent.manifest()), parts, KEYS.getPrivate()))
                .isInstanceOfSatisfying(SubmissionUnreadable.class,
                        refusal -> assertThat(refusal.reason()).isEqualTo("fieldvoice.refusal.signature"));
    }

    @Test
    void aTruncatedFileOrAMissingOneIsRefused() {
        var sent = encrypt();
        var parts = parts(sent);
        var xml = parts.get("submission.xml.enc");
        parts.put("submission.xml.enc", java.util.Arrays.copyOf(xml, xml.length - 5));
        assertThatThrownBy(() -> OdkEncryption.decrypt(SubmissionManifest.parse(sent.manifest()), parts, KEYS.getPrivate()))
                .isInstanceOf(SubmissionUnreadable.class);
        parts.remove("photo.jpg.enc");
        assertThatThrownBy(() -> OdkEncryption.decrypt(SubmissionManifest.parse(sent.manifest()), parts, KEYS.getPrivate()))
                .isInstanceOfSatisfying(SubmissionUnreadable.class,
                        refusal -> assertThat(refusal.reason()).isEqualTo("fieldvoice.refusal.missing-file"));
    }

    @Test
    void aSubmissionForAnotherKeyIsRefused() {
        var sent = encrypt();
        var other = OdkEncryption.newKeyPair();
        assertThatThrownBy(() -> OdkEncryption.decrypt(SubmissionManifest.parse(sent.manifest()), parts(sent), other.getPrivate()))
                .isInstanceOfSatisfying(SubmissionUnreadable.class,
                        refusal -> assertThat(refusal.reason()).isEqualTo("fieldvoice.refusal.key"));
    }

    @Test
    void aPlainOrMalformedManifestIsRefusedAndADoctypeIsNeverRead() {
        assertThatThrownBy(() -> SubmissionManifest.parse(XML)).isInstanceOfSatisfying(SubmissionUnreadable.class,
                refusal -> assertThat(refusal.reason()).isEqualTo("fieldvoice.refusal.not-encrypted"));
        assertThatThrownBy(() -> SubmissionManifest.parse("<data encrypted=\"yes\"".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(SubmissionUnreadable.class,
                        refusal -> assertThat(refusal.reason()).isEqualTo("fieldvoice.refusal.malformed"));
        var entity = "<!DOCTYPE data [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><data encrypted=\"yes\" id=\"f\">&x;</data>";
        assertThatThrownBy(() -> SubmissionManifest.parse(entity.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(SubmissionUnreadable.class,
                        refusal -> assertThat(refusal.reason()).isEqualTo("fieldvoice.refusal.malformed"));
    }

    static EncryptedSubmission encrypt() {
        return OdkEncryption.encrypt("site_observation_x", "2026120701", INSTANCE, KEYS.getPublic(), XML,
                List.of(new SubmissionFile("photo.jpg", PHOTO)));
    }

    static Map<String, byte[]> parts(EncryptedSubmission sent) {
        var parts = new HashMap<String, byte[]>();
        sent.files().forEach(file -> parts.put(file.name(), file.content()));
        return parts;
    }
}
