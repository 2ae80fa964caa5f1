package org.custodes.membership.dues;

/** Where an invoice stands: issued and not yet due, paid, or overdue (unpaid after its due date). */
public enum InvoiceStatus {
    ISSUED, PAID, OVERDUE
}
