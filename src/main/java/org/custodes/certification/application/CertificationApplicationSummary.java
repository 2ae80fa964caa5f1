package org.custodes.certification.application;

import java.time.Instant;

import org.custodes.certification.CertificateId;
import org.custodes.certification.CertificationId;
import org.custodes.certification.StandardCode;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/** An application in a list. */
public record CertificationApplicationSummary(CertificationId id, OrganisationId company, String companyName,
        CertificateId certificate, String certificateNumber, StandardCode standard, CertificationApplicationStatus status,
        @Nullable Instant submittedAt) {
}
