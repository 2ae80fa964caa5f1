package org.custodes.directory;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Ed25519 key pair that signs verification answers: generated once, stored in {@code directory.signing_key}
 * (private key sealed by {@link KeyProtection}), loaded once per process and kept in memory.
 * <p>
 * Signatures are made through the JCA {@link Signature} API with the Bouncy Castle provider: Ed25519 is
 * deterministic, so its signatures are byte for byte those of the JDK's provider, which the tests use to verify
 * them, but on our machines Bouncy Castle signs in about 25 µs where the JDK takes about 440 µs, and the
 * verification endpoint signs on every request.
 */
@Component
class SigningKeys {

    static final String ALGORITHM = "Ed25519";
    private static final Provider SIGNING_PROVIDER = new BouncyCastleProvider();

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final KeyProtection protection;
    private final Clock clock;
    private volatile @Nullable Signer signer;

    SigningKeys(JdbcClient jdbc, TransactionTemplate transactions, KeyProtection protection, Clock clock) {
        this.jdbc = jdbc;
        // Its own writable transaction: the first caller may be a read-only query (the public verify page), and the
        // key must be created and committed whatever that caller's transaction does.
        this.transactions = new TransactionTemplate(java.util.Objects.requireNonNull(transactions.getTransactionManager()));
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.protection = protection;
        this.clock = clock;
    }

    /** Loads (or creates) the key at start-up, so that no request pays for it. */
    @EventListener(ApplicationReadyEvent.class)
    void load() {
        signer();
    }

    Signer signer() {
        var current = signer;
        if (current == null) {
            synchronized (this) {
                current = signer;
                if (current == null) {
                    current = loadOrCreate();
                    signer = current;
                }
            }
        }
        return current;
    }

    List<VerificationKey> published() {
        signer();
        return jdbc.sql("select key_id, algorithm, public_key, valid_from, retired_at from directory.signing_key order by valid_from")
                .query((row, n) -> new VerificationKey(row.getString("key_id"), row.getString("algorithm"),
                        Base64.getEncoder().encodeToString(row.getBytes("public_key")),
                        row.getTimestamp("valid_from").toInstant(),
                        row.getTimestamp("retired_at") == null ? null : row.getTimestamp("retired_at").toInstant()))
                .list();
    }

    private Signer loadOrCreate() {
        return transactions.execute(status -> {
            // One node creates the key; the others wait here and then load it.
            jdbc.sql("select pg_advisory_xact_lock(hashtext('directory.signing_key'))").query((row, n) -> 1).list();
            var stored = jdbc.sql("""
                    select key_id, private_key, protection from directory.signing_key
                    where retired_at is null order by valid_from desc limit 1
                    """)
                    .query((row, n) -> new Signer(row.getString("key_id"),
                            privateKey(protection.open(row.getBytes("private_key"), row.getString("protection"),
                                    purpose(row.getString("key_id"))))))
                    .optional();
            return stored.orElseGet(this::create);
        });
    }

    private Signer create() {
        try {
            var pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            var publicKey = pair.getPublic().getEncoded();
            var keyId = "ed25519-" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(publicKey), 0, 8);
            var privateKey = pair.getPrivate().getEncoded();
            jdbc.sql("""
                    insert into directory.signing_key (key_id, algorithm, public_key, private_key, protection, valid_from)
                    values (:id, :algorithm, :publicKey, :privateKey, :protection, :now)
                    """)
                    .param("id", keyId).param("algorithm", ALGORITHM).param("publicKey", publicKey)
                    .param("privateKey", protection.seal(privateKey, purpose(keyId)))
                    .param("protection", protection.protection()).param("now", Timestamp.from(clock.instant()))
                    .update();
            return new Signer(keyId, privateKey(privateKey));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not create the directory's signing key", e);
        }
    }

    private static String purpose(String keyId) {
        return "directory.signing-key:" + keyId;
    }

    private static PrivateKey privateKey(byte[] pkcs8) {
        try {
            return KeyFactory.getInstance(ALGORITHM, SIGNING_PROVIDER).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The stored signing key is not an Ed25519 PKCS#8 key", e);
        }
    }

    /** Signs with one key; {@link Signature} objects are not thread-safe, so initialised ones are pooled. */
    static final class Signer {

        private final String keyId;
        private final PrivateKey privateKey;
        private final ConcurrentLinkedQueue<Signature> pool = new ConcurrentLinkedQueue<>();

        Signer(String keyId, PrivateKey privateKey) {
            this.keyId = keyId;
            this.privateKey = privateKey;
        }

        String keyId() {
            return keyId;
        }

        byte[] sign(byte[] message) {
            var signature = pool.poll();
            try {
                if (signature == null) {
                    signature = Signature.getInstance(ALGORITHM, SIGNING_PROVIDER);
                    signature.initSign(privateKey);
                }
                signature.update(message);
                // sign() leaves the object initialised for the same key, ready for the next message.
                var result = signature.sign();
                pool.offer(signature);
                return result;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Could not sign a verification", e);
            }
        }
    }
}
