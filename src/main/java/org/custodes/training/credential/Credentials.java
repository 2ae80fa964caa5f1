package org.custodes.training.credential;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.google.crypto.tink.subtle.AesGcmJce;
import org.custodes.shared.MasterKey;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The keys of credentials ({@link CompactJws}, EdDSA over Ed25519: the VC-JWT shape of a W3C Verifiable Credential
 * carrying an Open Badges 3.0 achievement). The private key is stored sealed with Tink's AES-GCM under a key derived
 * from the master key; the public keys are published.
 */
@Component
public class Credentials {

    private static final String ALGORITHM = CompactJws.ALGORITHM;
    private static final Provider PROVIDER = CompactJws.PROVIDER;
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final byte[] SEAL_CONTEXT = "training.signing-key".getBytes(StandardCharsets.UTF_8);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final byte[] sealingKey;
    private final Clock clock;
    private final Map<String, PublicKey> publicKeys = new ConcurrentHashMap<>();
    private volatile @Nullable Key current;

    record Key(String id, PrivateKey privateKey, byte[] publicRaw) {
    }

    Credentials(JdbcClient jdbc, TransactionTemplate transactions, MasterKey masterKey, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.sealingKey = masterKey.derive("training/signing-key/v1").getEncoded();
        this.clock = clock;
    }

    /** The signed compact JWS of the payload (a JSON object given as a map), under the current key. */
    public String sign(Map<String, Object> payload) {
        var key = key();
        return CompactJws.sign(key.privateKey(), key.id(), payload);
    }

    /** The payload of a credential whose signature holds under one of our keys; empty for anything else. */
    public Optional<Map<String, Object>> verify(String jws) {
        return CompactJws.verify(jws, this::publicKey);
    }

    public List<SigningKey> published() {
        key();
        return jdbc.sql("select key_id, public_key from training.signing_key order by created_at")
                .query((row, n) -> new SigningKey("OKP", "Ed25519", row.getString(1), B64.encodeToString(raw(row.getBytes(2))), "EdDSA"))
                .list();
    }

    private Optional<PublicKey> publicKey(String kid) {
        var cached = publicKeys.get(kid);
        if (cached != null) {
            return Optional.of(cached);
        }
        var stored = jdbc.sql("select public_key from training.signing_key where key_id = :id").param("id", kid)
                .query((row, n) -> row.getBytes(1)).optional();
        return stored.map(bytes -> {
            try {
                var key = KeyFactory.getInstance(ALGORITHM, PROVIDER).generatePublic(new X509EncodedKeySpec(bytes));
                publicKeys.put(kid, key);
                return key;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("A stored training key is not an Ed25519 key", e);
            }
        });
    }

    private Key key() {
        var key = current;
        if (key == null) {
            synchronized (this) {
                key = current;
                if (key == null) {
                    key = transactions.execute(status -> loadOrCreate());
                    current = key;
                }
            }
        }
        return key;
    }

    private Key loadOrCreate() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('training.signing_key'))").query((row, n) -> 1).list();
        try {
            var aead = new AesGcmJce(sealingKey);
            var stored = jdbc.sql("select key_id, private_key, public_key from training.signing_key order by created_at desc limit 1")
                    .query((row, n) -> new Object[] { row.getString(1), row.getBytes(2), row.getBytes(3) }).optional();
            if (stored.isPresent()) {
                var row = stored.get();
                var pkcs8 = aead.decrypt((byte[]) row[1], SEAL_CONTEXT);
                return new Key((String) row[0], KeyFactory.getInstance(ALGORITHM, PROVIDER).generatePrivate(new PKCS8EncodedKeySpec(pkcs8)),
                        raw((byte[]) row[2]));
            }
            var pair = KeyPairGenerator.getInstance(ALGORITHM, PROVIDER).generateKeyPair();
            var publicKey = pair.getPublic().getEncoded();
            var id = "training-" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(publicKey), 0, 8);
            jdbc.sql("insert into training.signing_key (key_id, public_key, private_key, created_at) values (:id, :public, :private, :now)")
                    .param("id", id).param("public", publicKey)
                    .param("private", aead.encrypt(pair.getPrivate().getEncoded(), SEAL_CONTEXT))
                    .param("now", Timestamp.from(clock.instant())).update();
            return new Key(id, pair.getPrivate(), raw(publicKey));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not load or create the training signing key", e);
        }
    }

    /** The 32 bytes of an Ed25519 public key: the end of its X.509 encoding. */
    static byte[] raw(byte[] x509) {
        return Arrays.copyOfRange(x509, x509.length - 32, x509.length);
    }
}
