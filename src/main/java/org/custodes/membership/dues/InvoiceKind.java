package org.custodes.membership.dues;

/** The joining fee, paid once by a company on admission, and the annual due by revenue band. */
public enum InvoiceKind {
    JOINING_FEE, ANNUAL_DUE
}
