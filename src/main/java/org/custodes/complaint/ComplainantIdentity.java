package org.custodes.complaint;

import org.jspecify.annotations.Nullable;

/** Who the complainant is and how to reach them; held in escrow, encrypted, revealed only with a custodian's approval. */
public record ComplainantIdentity(@Nullable String name, @Nullable String email, @Nullable String phone,
        @Nullable String organisation) {

    @Override
    public String toString() {
        return "ComplainantIdentity[redacted]";
    }
}
