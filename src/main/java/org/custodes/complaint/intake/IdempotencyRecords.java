package org.custodes.complaint.intake;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import com.google.crypto.tink.subtle.AesGcmJce;
import com.google.crypto.tink.subtle.Hkdf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.custodes.complaint.casefile.CaseContentUnreadable;
import org.custodes.complaint.casefile.Envelope;

/**
 * Idempotency keys of API submissions (draft-ietf-httpapi-idempotency-key-header): the key is kept only as a
 * SHA-256 hash; the stored answer, which holds the receipt, is sealed with a key derived from the idempotency key
 * (which the server does not keep) and again with the master key. Records live one day.
 */
@Repository
public class IdempotencyRecords {

    public record Stored(byte[] fingerprint, byte[] response) {
    }

    private final JdbcClient jdbc;
    private final Envelope envelope;

    IdempotencyRecords(JdbcClient jdbc, Envelope envelope) {
        this.jdbc = jdbc;
        this.envelope = envelope;
    }

    public static byte[] keyHash(String key) {
        return sha256(("custodes/complaint-idempotency/" + key).getBytes(StandardCharsets.UTF_8));
    }

    /** A transaction-scoped lock on the key: false when another request holds it, that is, is in flight. */
    public boolean tryLock(byte[] keyHash) {
        var lockId = ByteBuffer.wrap(keyHash, 0, Long.BYTES).getLong();
        return Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(:id)").param("id", lockId)
                .query(Boolean.class).single());
    }

    public Optional<Stored> find(byte[] keyHash) {
        return jdbc.sql("select fingerprint, response from complaint.idempotency where key_hash = :hash")
                .param("hash", keyHash).query((row, n) -> new Stored(row.getBytes(1), row.getBytes(2))).optional();
    }

    public void insert(byte[] keyHash, byte[] fingerprint, String key, byte[] response, Instant now) {
        jdbc.sql("""
                insert into complaint.idempotency (key_hash, fingerprint, response, created_at)
                values (:hash, :fingerprint, :response, :now)
                """).param("hash", keyHash).param("fingerprint", fingerprint)
                .param("response", seal(keyHash, key, response)).param("now", Timestamp.from(now)).update();
    }

    public byte[] open(byte[] keyHash, String key, byte[] sealed) {
        try {
            var inner = envelope.open(purpose(keyHash), sealed);
            return keyAead(key).decrypt(inner, keyHash);
        } catch (GeneralSecurityException e) {
            throw new CaseContentUnreadable(e);
        }
    }

    public int deleteCreatedBefore(Instant cutOff) {
        return jdbc.sql("delete from complaint.idempotency where created_at < :cutOff")
                .param("cutOff", Timestamp.from(cutOff)).update();
    }

    private byte[] seal(byte[] keyHash, String key, byte[] response) {
        try {
            return envelope.seal(purpose(keyHash), keyAead(key).encrypt(response, keyHash));
        } catch (GeneralSecurityException e) {
            throw new CaseContentUnreadable(e);
        }
    }

    private static AesGcmJce keyAead(String key) throws GeneralSecurityException {
        return new AesGcmJce(Hkdf.computeHkdf("HMACSHA256", key.getBytes(StandardCharsets.UTF_8),
                "custodes".getBytes(StandardCharsets.UTF_8), "complaint-idempotent-response".getBytes(StandardCharsets.UTF_8), 32));
    }

    private static String purpose(byte[] keyHash) {
        return "complaint-idempotency/" + HexFormat.of().formatHex(keyHash);
    }

    public static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
