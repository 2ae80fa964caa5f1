package org.custodes.complaint.intake;

import org.custodes.complaint.ComplaintReference;

/**
 * What a complainant takes away: the case reference and the receipt that opens the follow-up. The receipt is shown
 * once and kept only as a hash, so {@link #toString()} never prints it.
 */
public record ComplaintReceipt(ComplaintReference reference, String receipt) {

    @Override
    public String toString() {
        return "ComplaintReceipt[" + reference + "]";
    }
}
