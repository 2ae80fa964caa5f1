package org.custodes.complaint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.subtle.AesGcmJce;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key that wraps every case key. It comes from {@code custodes.master-key} (base64 of a Tink AEAD keyset or of
 * 32 random bytes); the quick start, which has none, makes a development key once and keeps it in a file beside the
 * embedded data. Production refuses to start without a configured key.
 */
final class MasterKey {

    private static final Logger log = LoggerFactory.getLogger(MasterKey.class);
    private static final int RAW_KEY_BYTES = 32;

    private MasterKey() {
    }

    static Aead from(String configured, Path developmentKeyFile) {
        var encoded = configured.isBlank() ? developmentKey(developmentKeyFile) : configured.trim();
        try {
            var bytes = Base64.getDecoder().decode(encoded);
            if (bytes.length == RAW_KEY_BYTES) {
                return new AesGcmJce(bytes);
            }
            return TinkProtoKeysetFormat.parseKeyset(bytes, InsecureSecretKeyAccess.get())
                    .getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // The message names the setting, never the value.
            throw new IllegalStateException("custodes.master-key is not a base64 Tink AEAD keyset or 32-byte key", e);
        }
    }

    private static synchronized String developmentKey(Path file) {
        try {
            if (!Files.exists(file)) {
                var key = new byte[RAW_KEY_BYTES];
                new SecureRandom().nextBytes(key);
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, Base64.getEncoder().encodeToString(key));
                try {
                    Files.setPosixFilePermissions(file, Set.of(PosixFilePermission.OWNER_READ,
                            PosixFilePermission.OWNER_WRITE));
                } catch (UnsupportedOperationException notPosix) {
                    log.debug("File system without POSIX permissions; {} keeps default permissions", file);
                }
            }
            log.warn("Complaint content is encrypted with a DEVELOPMENT master key kept in {}: set CUSTODES_MASTER_KEY "
                    + "for real use", file.toAbsolutePath());
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the development master key " + file, e);
        }
    }
}
