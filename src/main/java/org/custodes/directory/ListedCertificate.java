package org.custodes.directory;

import java.time.LocalDate;

/** A certificate as the public sees it: the standard, who certified, until when. */
public record ListedCertificate(String standard, String certificationBody, LocalDate validUntil) {
}
