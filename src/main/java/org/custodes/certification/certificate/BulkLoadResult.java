package org.custodes.certification.certificate;

import java.util.List;
import org.custodes.certification.CertificateId;

/** What a bulk load saved: how many certificates were new, how many updated, and which are not matched yet. */
public record BulkLoadResult(int created, int updated, List<CertificateId> certificates, List<CertificateId> unmatched) {

    public BulkLoadResult {
        certificates = List.copyOf(certificates);
        unmatched = List.copyOf(unmatched);
    }
}
