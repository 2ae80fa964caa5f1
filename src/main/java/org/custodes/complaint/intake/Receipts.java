package org.custodes.complaint.intake;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.concurrent.Semaphore;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.custodes.complaint.ComplaintSettings;

/**
 * Receipts: 80 bits from {@link SecureRandom}, written as 16 Crockford base32 characters in four groups, and kept
 * only as an Argon2id hash under the installation's salt, so a receipt alone finds its case. Argon2id is memory-hard;
 * a semaphore caps how many hashes run at once so a flood of sign-ins cannot exhaust the heap.
 */
@Component
public class Receipts {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 16;
    static final int HASH_BYTES = 32;

    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final int memoryKib;
    private final int iterations;
    private final Semaphore permits;
    private volatile byte @Nullable [] salt;

    Receipts(JdbcClient jdbc, ComplaintSettings settings) {
        this.jdbc = jdbc;
        this.memoryKib = settings.receiptKdfMemoryKib();
        this.iterations = settings.receiptKdfIterations();
        this.permits = new Semaphore(settings.maxConcurrentKdf(), true);
    }

    public String newReceipt() {
        var text = new StringBuilder(LENGTH + 3);
        for (var i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                text.append('-');
            }
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    /** Canonical form of what a person typed: case, spaces and dashes do not matter, O/I/L read as 0/1/1. */
    static @Nullable String normalise(@Nullable String typed) {
        if (typed == null) {
            return null;
        }
        var canonical = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        if (canonical.length() != LENGTH || !canonical.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return null;
        }
        return canonical;
    }

    public byte[] hash(String receipt) {
        var canonical = normalise(receipt);
        // A malformed receipt is still hashed, so a wrong format costs the same time as a wrong receipt.
        var input = (canonical != null ? canonical : "-" + receipt).getBytes(StandardCharsets.UTF_8);
        var parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(1)
                .withSalt(salt())
                .build();
        var generator = new Argon2BytesGenerator();
        generator.init(parameters);
        var out = new byte[HASH_BYTES];
        permits.acquireUninterruptibly();
        try {
            generator.generateBytes(input, out);
        } finally {
            permits.release();
        }
        return out;
    }

    private byte[] salt() {
        var known = salt;
        if (known == null) {
            known = jdbc.sql("select receipt_salt from complaint.installation where id = 1").query(byte[].class).single();
            salt = known;
        }
        return known;
    }
}
