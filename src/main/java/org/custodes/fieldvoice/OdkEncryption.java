package org.custodes.fieldvoice;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * The ODK encrypted-submission scheme (ODK XForms specification, "Encryption"), with the JDK's JCE only:
 * <ul>
 * <li>a random 256-bit AES key per submission, encrypted with the form's RSA public key as
 * {@code RSA/NONE/OAEPWithSHA256AndMGF1Padding} does on Android (OAEP with SHA-256, MGF1 with SHA-1);</li>
 * <li>each file in {@code AES/CFB/PKCS5Padding}; the IV seed is the MD5 of the instanceID's UTF-8 bytes followed by
 * the key, and before each file (media in manifest order, then {@code submission.xml}) byte {@code i mod 16} of the
 * seed is incremented, {@code i} counting files from 0;</li>
 * <li>the element signature: the lines form id, version (if any), base64EncryptedKey, instanceID, then for each file
 * {@code name::md5hex} of its plaintext (media, then {@code submission.xml}), each followed by a newline; the MD5 of
 * that text, encrypted with the public key like the symmetric key, is base64EncryptedElementSignature.</li>
 * </ul>
 * Encryption is here too, because the tests and the demo make submissions exactly as Collect does.
 */
final class OdkEncryption {

    static final String SUBMISSION_FILE = "submission.xml";
    private static final OAEPParameterSpec OAEP = new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA1,
            PSource.PSpecified.DEFAULT);
    private static final SecureRandom RANDOM = new SecureRandom();

    private OdkEncryption() {
    }

    /** A file of a submission, by the name Collect gives it. */
    record SubmissionFile(String name, byte[] content) {
    }

    /** What Collect posts for an encrypted form: the manifest as xml_submission_file, and the .enc files. */
    record EncryptedSubmission(byte[] manifest, List<SubmissionFile> files) {
    }

    /** An opened submission: its XML and its media in clear. */
    record OpenedSubmission(byte[] xml, List<SubmissionFile> media) {
    }

    static KeyPair newKeyPair() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is part of every JDK", e);
        }
    }

    /** The public key as the XForm carries it: base64 of its X.509 SubjectPublicKeyInfo. */
    static String base64PublicKey(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    static PublicKey publicKey(byte[] encoded) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(encoded));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A stored public key is not an RSA key", e);
        }
    }

    static PrivateKey privateKey(byte[] pkcs8) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A stored private key is not an RSA key", e);
        }
    }

    /** Encrypts a submission as Collect does, for a form with the given id, version and public key. */
    static EncryptedSubmission encrypt(String formId, @Nullable String version, String instanceId, PublicKey publicKey,
            byte[] submissionXml, List<SubmissionFile> media) {
        try {
            var key = new byte[32];
            RANDOM.nextBytes(key);
            var encryptedKey = Base64.getEncoder().encodeToString(rsa(Cipher.ENCRYPT_MODE, publicKey, key));
            var seed = new IvSeed(instanceId, key);
            var files = new ArrayList<SubmissionFile>();
            var lines = new ArrayList<String>();
            for (var file : media) {
                files.add(new SubmissionFile(file.name() + ".enc", aes(Cipher.ENCRYPT_MODE, key, seed.next(), file.content())));
                lines.add(file.name() + "::" + md5Hex(file.content()));
            }
            files.add(new SubmissionFile(SUBMISSION_FILE + ".enc", aes(Cipher.ENCRYPT_MODE, key, seed.next(), submissionXml)));
            lines.add(SUBMISSION_FILE + "::" + md5Hex(submissionXml));
            var digest = md5(signedText(formId, version, encryptedKey, instanceId, lines));
            var signature = Base64.getEncoder().encodeToString(rsa(Cipher.ENCRYPT_MODE, publicKey, digest));
            var manifest = SubmissionManifest.write(formId, version, instanceId, encryptedKey,
                    media.stream().map(file -> file.name() + ".enc").toList(), SUBMISSION_FILE + ".enc", signature);
            return new EncryptedSubmission(manifest, files);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption with the JDK's RSA and AES failed", e);
        }
    }

    /**
     * Opens a submission with the mission's private key; refuses it when the key does not open, a file is missing,
     * or the signature does not match what was decrypted (truncated or altered in transit).
     */
    static OpenedSubmission decrypt(SubmissionManifest manifest, Map<String, byte[]> parts, PrivateKey privateKey) {
        byte[] key;
        try {
            key = rsa(Cipher.DECRYPT_MODE, privateKey, Base64.getDecoder().decode(manifest.base64EncryptedKey()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new SubmissionUnreadable("fieldvoice.refusal.key");
        }
        if (key.length != 32) {
            throw new SubmissionUnreadable("fieldvoice.refusal.key");
        }
        var seed = new IvSeed(manifest.instanceId(), key);
        var media = new LinkedHashMap<String, byte[]>();
        var lines = new ArrayList<String>();
        for (var name : manifest.mediaFiles()) {
            var clear = open(key, seed.next(), parts.get(name));
            var plainName = name.endsWith(".enc") ? name.substring(0, name.length() - 4) : name;
            media.put(plainName, clear);
            lines.add(plainName + "::" + md5Hex(clear));
        }
        var xml = open(key, seed.next(), parts.get(manifest.encryptedXmlFile()));
        lines.add(SUBMISSION_FILE + "::" + md5Hex(xml));
        var expected = md5(signedText(manifest.formId(), manifest.version(), manifest.base64EncryptedKey(),
                manifest.instanceId(), lines));
        byte[] signed;
        try {
            signed = rsa(Cipher.DECRYPT_MODE, privateKey, Base64.getDecoder().decode(manifest.base64EncryptedElementSignature()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new SubmissionUnreadable("fieldvoice.refusal.signature");
        }
        if (!MessageDigest.isEqual(expected, signed)) {
            throw new SubmissionUnreadable("fieldvoice.refusal.signature");
        }
        return new OpenedSubmission(xml, media.entrySet().stream()
                .map(entry -> new SubmissionFile(entry.getKey(), entry.getValue())).toList());
    }

    private static byte[] open(byte[] key, byte[] iv, byte @Nullable [] encrypted) {
        if (encrypted == null) {
            throw new SubmissionUnreadable("fieldvoice.refusal.missing-file");
        }
        try {
            return aes(Cipher.DECRYPT_MODE, key, iv, encrypted);
        } catch (GeneralSecurityException e) {
            // A cut file fails its padding here; an altered one usually gets past it and fails the signature.
            throw new SubmissionUnreadable("fieldvoice.refusal.file");
        }
    }

    private static String signedText(String formId, @Nullable String version, String encryptedKey, String instanceId,
            List<String> fileLines) {
        var text = new StringBuilder(formId).append('\n');
        if (version != null && !version.isEmpty()) {
            text.append(version).append('\n');
        }
        text.append(encryptedKey).append('\n').append(instanceId).append('\n');
        fileLines.forEach(line -> text.append(line).append('\n'));
        return text.toString();
    }

    private static byte[] rsa(int mode, java.security.Key key, byte[] input) throws GeneralSecurityException {
        var cipher = Cipher.getInstance("RSA/ECB/OAEPPadding");
        cipher.init(mode, key, OAEP, RANDOM);
        return cipher.doFinal(input);
    }

    private static byte[] aes(int mode, byte[] key, byte[] iv, byte[] input) throws GeneralSecurityException {
        var cipher = Cipher.getInstance("AES/CFB/PKCS5Padding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
        return cipher.doFinal(input);
    }

    private static byte[] md5(String text) {
        return md5(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] md5(byte[] content) {
        try {
            return MessageDigest.getInstance("MD5").digest(content);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("MD5 is part of every JDK", e);
        }
    }

    private static String md5Hex(byte[] content) {
        return HexFormat.of().formatHex(md5(content));
    }

    /** The IV seed of one submission, incremented before each file. */
    private static final class IvSeed {

        private final byte[] seed;
        private int counter;

        IvSeed(String instanceId, byte[] key) {
            var id = instanceId.getBytes(StandardCharsets.UTF_8);
            var input = new byte[id.length + key.length];
            System.arraycopy(id, 0, input, 0, id.length);
            System.arraycopy(key, 0, input, id.length, key.length);
            this.seed = md5(input);
        }

        byte[] next() {
            seed[counter % seed.length]++;
            counter++;
            return seed.clone();
        }
    }
}
