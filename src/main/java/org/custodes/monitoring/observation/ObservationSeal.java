package org.custodes.monitoring.observation;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.UUID;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.subtle.AesGcmJce;
import org.custodes.shared.MasterKey;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Envelope encryption of observations, as complaint content is sealed: each observation has its own AES-256-GCM data
 * key (Tink), stored only wrapped by a key derived from the master key for this purpose and bound to the
 * observation's id; each sealed field is bound to the observation and the field's name, so no ciphertext can be
 * moved. Anything that does not decrypt fails closed. Monitoring's sub-domains seal their records with it too (the
 * evidence of corrective actions, by the evidence's id); the observation's id is then that record's.
 */
@Component
public class ObservationSeal {

    static {
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The unwrapped data key of one observation. */
    public static final class Key {

        private final UUID observation;
        private final Aead aead;
        private final byte[] wrapped;

        private Key(UUID observation, Aead aead, byte[] wrapped) {
            this.observation = observation;
            this.aead = aead;
            this.wrapped = wrapped.clone();
        }

        public byte[] wrapped() {
            return wrapped.clone();
        }

        public byte @Nullable [] seal(String field, @Nullable String text) {
            try {
                return text == null ? null : aead.encrypt(text.getBytes(StandardCharsets.UTF_8), binding(field));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Observation content could not be sealed", e);
            }
        }

        public @Nullable String open(String field, byte @Nullable [] sealed) {
            try {
                return sealed == null ? null
                        : new String(aead.decrypt(sealed, binding(field)), StandardCharsets.UTF_8);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Observation content could not be opened: wrong key or altered data", e);
            }
        }

        /** Seals a file's bytes, bound like a text field. */
        public byte[] sealBytes(String field, byte[] content) {
            try {
                return aead.encrypt(content, binding(field));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Monitoring content could not be sealed", e);
            }
        }

        public byte[] openBytes(String field, byte[] sealed) {
            try {
                return aead.decrypt(sealed, binding(field));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Monitoring content could not be opened: wrong key or altered data", e);
            }
        }

        private byte[] binding(String field) {
            return ("custodes/monitoring/observation/" + observation + "/" + field).getBytes(StandardCharsets.UTF_8);
        }
    }

    private final Aead wrapping;

    @Autowired
    ObservationSeal(MasterKey masterKey) {
        this(masterKey.derive("monitoring/observation-key-wrapping/v1").getEncoded());
    }

    ObservationSeal(byte[] wrappingKey) {
        try {
            this.wrapping = new AesGcmJce(wrappingKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM is part of every JDK", e);
        }
    }

    public Key newKey(UUID observation) {
        try {
            var handle = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            var wrapped = TinkProtoKeysetFormat.serializeEncryptedKeyset(handle, wrapping, keyBinding(observation));
            return new Key(observation, handle.getPrimitive(RegistryConfiguration.get(), Aead.class), wrapped);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A data key could not be made", e);
        }
    }

    /** The data key of an existing observation; fails closed when the wrapped key was altered or is another's. */
    public Key key(UUID observation, byte[] wrapped) {
        try {
            var handle = TinkProtoKeysetFormat.parseEncryptedKeyset(wrapped, wrapping, keyBinding(observation));
            return new Key(observation, handle.getPrimitive(RegistryConfiguration.get(), Aead.class), wrapped);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The observation's data key could not be opened", e);
        }
    }

    private static byte[] keyBinding(UUID observation) {
        return ("custodes/monitoring-key/" + observation).getBytes(StandardCharsets.UTF_8);
    }
}
