package org.custodes.audit;

import java.io.Serializable;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of recomputing the whole chain. {@code firstBrokenSequence} names the first row that does not fit: an
 * edited row names itself; a deleted row shows as the next row, whose previous hash no longer matches. Deleting the
 * newest rows cannot be seen from the chain alone: compare the head hash with one exported earlier.
 */
public record ChainVerification(boolean valid, long rowsChecked, String headHash, @Nullable Long firstBrokenSequence)
        implements Serializable { // the page carries it across its redirect in the session

    /** The one line the command prints and operators paste into their records. */
    public String summary() {
        return "Audit chain " + (valid ? "VALID" : "BROKEN") + ": rows=" + rowsChecked + " head=" + headHash
                + " first-broken=" + (firstBrokenSequence == null ? "none" : firstBrokenSequence);
    }
}
