package org.custodes.complaint.intake;

/** The result of a submission: the receipt, and whether it is the stored answer to an earlier identical request. */
public record Submission(ComplaintReceipt receipt, boolean replayed) {
}
