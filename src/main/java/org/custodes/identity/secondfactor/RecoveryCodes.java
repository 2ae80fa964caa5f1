package org.custodes.identity.secondfactor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The ten recovery codes of an account, as hashes: the codes themselves are shown once and never stored. Each code
 * opens one sign-in. The codes carry 80 random bits, so a plain SHA-256 resists guessing as well as a slow hash
 * would, and lets a code be found by its hash.
 */
record RecoveryCodes(List<Entry> entries) {

    static final int COUNT = 10;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no 0/O or 1/I to misread
    private static final int LENGTH = 16;

    /** One code's hash and whether it has opened a sign-in already. */
    record Entry(String hash, boolean used) {
    }

    /** Freshly issued codes: the plain codes for the user's eyes once, and the hashes to keep. */
    record Issued(List<String> codes, RecoveryCodes kept) {
    }

    RecoveryCodes {
        entries = List.copyOf(entries);
    }

    static Issued issue(SecureRandom random) {
        var codes = new ArrayList<String>();
        var entries = new ArrayList<Entry>();
        for (var i = 0; i < COUNT; i++) {
            var code = new StringBuilder();
            for (var c = 0; c < LENGTH; c++) {
                if (c > 0 && c % 4 == 0) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            codes.add(code.toString());
            entries.add(new Entry(hash(code.toString()), false));
        }
        return new Issued(List.copyOf(codes), new RecoveryCodes(entries));
    }

    /** Whether the text looks like a recovery code rather than an authenticator code. */
    static boolean looksLikeOne(String typed) {
        return normalise(typed).length() == LENGTH;
    }

    static String hash(String code) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(normalise(code).getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** People type codes with or without dashes, spaces and capitals. */
    static String normalise(String code) {
        return code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /** The hash of the unused code that was typed, if there is one; a used code never matches again. */
    Optional<String> unusedMatch(String typed) {
        var hash = hash(typed);
        return entries.stream().filter(e -> !e.used() && MessageDigest.isEqual(
                e.hash().getBytes(StandardCharsets.US_ASCII), hash.getBytes(StandardCharsets.US_ASCII)))
                .map(Entry::hash).findFirst();
    }

    RecoveryCodes markUsed(String hash) {
        return new RecoveryCodes(entries.stream().map(e -> e.hash().equals(hash) ? new Entry(hash, true) : e).toList());
    }

    long remaining() {
        return entries.stream().filter(e -> !e.used()).count();
    }
}
