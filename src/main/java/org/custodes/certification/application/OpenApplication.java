package org.custodes.certification.application;

import org.custodes.certification.CertificateId;
import org.custodes.shared.Language;

/** A company starts an application on one of its certificates, naming who hears about it and in which language. */
public record OpenApplication(CertificateId certificate, String contactEmail, Language contactLanguage) {
}
