package org.custodes.audit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;

/**
 * The hash chain of the audit log: {@code hash_n = SHA-256(hash_{n-1} ‖ canonical(row_n))}, the first row chained to
 * {@link #GENESIS}. The canonical encoding is fixed forever (changing it would break every existing chain): each
 * field in a fixed order, as a presence byte (0 null, 1 present) then, when present, a 4-byte big-endian length and
 * the UTF-8 bytes. Lengths make it unambiguous: ("ab", "c") and ("a", "bc") encode differently.
 */
final class HashChain {

    /** What the first row chains to: 32 zero bytes, in the lowercase hex the table stores. */
    static final String GENESIS = "0".repeat(64);

    private static final HexFormat HEX = HexFormat.of();

    private HashChain() {
    }

    static String hash(String previousHash, AuditRecord record) {
        var digest = sha256();
        digest.update(HEX.parseHex(previousHash));
        digest.update(canonical(record));
        return HEX.formatHex(digest.digest());
    }

    static byte[] canonical(AuditRecord record) {
        var out = new ByteArrayOutputStream(256 + record.details().length());
        field(out, Long.toString(record.sequenceNumber()));
        // The table keeps microseconds, so the writer truncates to them before hashing; ISO_INSTANT is then stable.
        field(out, DateTimeFormatter.ISO_INSTANT.format(record.occurredAt()));
        field(out, record.actorUserId() == null ? null : record.actorUserId().toString());
        field(out, record.actorOrganisationId() == null ? null : record.actorOrganisationId().toString());
        field(out, record.action());
        field(out, record.subject());
        field(out, record.details());
        return out.toByteArray();
    }

    private static void field(ByteArrayOutputStream out, @Nullable String value) {
        if (value == null) {
            out.write(0);
            return;
        }
        var bytes = value.getBytes(StandardCharsets.UTF_8);
        out.write(1);
        out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        out.writeBytes(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime ships SHA-256", e);
        }
    }
}
