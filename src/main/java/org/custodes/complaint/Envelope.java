package org.custodes.complaint;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.UUID;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Envelope encryption of complaint content: each case has its own AES-256-GCM data key, stored only wrapped by the
 * master key and bound to its case id. Every ciphertext is bound to its case and field through associated data, so
 * one cannot be moved to another case or field. Anything that does not decrypt fails closed.
 */
@Component
class Envelope {

    static {
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Aead master;

    @Autowired
    Envelope(@Value("${custodes.master-key:}") String masterKey,
            @Value("${custodes.db.embedded-directory:.custodes/pgdata}") Path embeddedData) {
        this(MasterKey.from(masterKey, developmentKeyFile(embeddedData)));
    }

    /** Beside the embedded data: {@code .custodes/master.key} for the default {@code .custodes/pgdata}. */
    static Path developmentKeyFile(Path embeddedData) {
        var data = embeddedData.toAbsolutePath().normalize();
        var name = data.getFileName() == null ? "custodes" : data.getFileName().toString();
        return data.resolveSibling("pgdata".equals(name) ? "master.key" : name + ".master.key");
    }

    Envelope(Aead master) {
        this.master = master;
    }

    /** A fresh data key for a new case. */
    CaseKey newCaseKey(UUID caseId) {
        try {
            var handle = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            var wrapped = TinkProtoKeysetFormat.serializeEncryptedKeyset(handle, master, keyBinding(caseId));
            return new CaseKey(caseId, handle.getPrimitive(RegistryConfiguration.get(), Aead.class), wrapped);
        } catch (GeneralSecurityException e) {
            throw new CaseContentUnreadable(e);
        }
    }

    /** The data key of an existing case; fails closed when the wrapped key was altered or belongs to another case. */
    CaseKey caseKey(UUID caseId, byte[] wrapped) {
        try {
            var handle = TinkProtoKeysetFormat.parseEncryptedKeyset(wrapped, master, keyBinding(caseId));
            return new CaseKey(caseId, handle.getPrimitive(RegistryConfiguration.get(), Aead.class), wrapped);
        } catch (GeneralSecurityException e) {
            throw new CaseContentUnreadable(e);
        }
    }

    /** Seals data that belongs to no case yet (intake drafts, stored idempotent responses) under the master key. */
    byte[] seal(String purpose, byte[] plaintext) {
        try {
            return master.encrypt(plaintext, purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new CaseContentUnreadable(e);
        }
    }

    byte[] open(String purpose, byte[] ciphertext) {
        try {
            return master.decrypt(ciphertext, purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new CaseContentUnreadable(e);
        }
    }

    private static byte[] keyBinding(UUID caseId) {
        return ("custodes/complaint-key/" + caseId).getBytes(StandardCharsets.UTF_8);
    }
}
