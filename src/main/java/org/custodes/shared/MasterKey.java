package org.custodes.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The master key from configuration ({@code custodes.master-key}), the one root of every key that protects data at
 * rest (second-factor secrets, complaint case keys, the directory's signing key). The quick start has none, so a
 * random development key is made once and kept in a file beside the embedded data; production refuses to start
 * without a configured key (see {@code ProductionSafetyCheck}). Each use derives its own key from it (HMAC-SHA256
 * with the purpose as message), so one purpose's key never decrypts another's data.
 */
public final class MasterKey {

    private static final Logger log = LoggerFactory.getLogger(MasterKey.class);
    private static final int MINIMUM_LENGTH = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] material;

    private MasterKey(byte[] material) {
        this.material = material;
    }

    public static MasterKey load(String configured, Path developmentKeyFile) {
        if (!configured.isBlank()) {
            if (configured.length() < MINIMUM_LENGTH) {
                throw new IllegalStateException("custodes.master-key must be at least " + MINIMUM_LENGTH + " characters");
            }
            return new MasterKey(configured.getBytes(StandardCharsets.UTF_8));
        }
        log.warn("No custodes.master-key is configured: using the development key in {}. Never do this in production.",
                developmentKeyFile.toAbsolutePath());
        return new MasterKey(developmentKey(developmentKeyFile).getBytes(StandardCharsets.UTF_8));
    }

    private static String developmentKey(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).trim();
            }
            var bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            var key = Base64.getEncoder().encodeToString(bytes);
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            try {
                Files.writeString(file, key, StandardCharsets.US_ASCII, java.nio.file.StandardOpenOption.CREATE_NEW);
            } catch (FileAlreadyExistsException anotherProcessWasFaster) {
                return Files.readString(file, StandardCharsets.US_ASCII).trim();
            }
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the development master key " + file, e);
        }
    }

    /** A 256-bit key for one purpose, for example {@code identity/totp-secret/v1}. */
    public SecretKeySpec derive(String purpose) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(material, "HmacSHA256"));
            return new SecretKeySpec(mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8)), "AES");
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
