package org.custodes.complaint.intake;

import java.security.SecureRandom;
import java.time.LocalDate;
import org.custodes.complaint.ComplaintReference;

/** Case references: the year and six random Crockford characters, such as {@code CU-2026-7K3M9Q}. */
public final class References {

    private static final SecureRandom RANDOM = new SecureRandom();

    private References() {
    }

    public static ComplaintReference next(LocalDate today) {
        var text = new StringBuilder("CU-").append(today.getYear()).append('-');
        for (var i = 0; i < 6; i++) {
            text.append(Receipts.ALPHABET.charAt(RANDOM.nextInt(Receipts.ALPHABET.length())));
        }
        return new ComplaintReference(text.toString());
    }
}
