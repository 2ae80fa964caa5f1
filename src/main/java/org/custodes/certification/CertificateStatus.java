package org.custodes.certification;

/** The status of an external certificate, as its certification body (or the expiry date) sets it. */
public enum CertificateStatus {
    ACTIVE, SUSPENDED, WITHDRAWN, EXPIRED
}
