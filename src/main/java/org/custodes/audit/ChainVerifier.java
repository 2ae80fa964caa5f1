package org.custodes.audit;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Recomputes the chain from the genesis value to the newest row. Shared by the facade and the command line. */
@Component
class ChainVerifier {

    private final AuditEvents events;

    ChainVerifier(AuditEvents events) {
        this.events = events;
    }

    @Transactional(readOnly = true)
    public ChainVerification verify() {
        var walk = new Walk();
        events.forEachInOrder(walk::check);
        return new ChainVerification(walk.firstBroken == null, walk.rows, walk.head, walk.firstBroken);
    }

    /** The state of one pass over the rows. */
    private static final class Walk {

        long rows;
        String head = HashChain.GENESIS;
        @Nullable Long firstBroken;

        void check(AuditEntry entry) {
            rows++;
            // A row must chain to the stored hash of the row before it (a deletion breaks this at the next row)
            // and its own hash must match its content (an edit breaks this at the edited row).
            var linked = entry.previousHash().equals(head);
            var intact = HashChain.hash(entry.previousHash(), AuditEvents.record(entry)).equals(entry.hash());
            if (firstBroken == null && !(linked && intact)) {
                firstBroken = entry.sequenceNumber();
            }
            head = entry.hash();
        }
    }
}
