package org.custodes.certification.certificate;

import java.time.LocalDate;

import org.custodes.certification.CertificateId;
import org.custodes.certification.CertificateStatus;
import org.custodes.certification.StandardCode;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/** An external certificate in a list. {@code company} is null while the certificate is not matched to a member. */
public record CertificateSummary(CertificateId id, String number, StandardCode standard, OrganisationId certificationBody,
        String certificationBodyName, @Nullable OrganisationId company, String companyName, LocalDate currentIssueDate,
        LocalDate expiryDate, CertificateStatus status) {
}
