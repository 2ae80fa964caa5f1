package org.custodes.certification.cycle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.custodes.certification.CertificationSettings;
import org.custodes.certification.application.CertificationApplicationStatus;
import org.custodes.certification.application.CertificationApplications;
import org.custodes.certification.body.CertificationBodies;
import org.custodes.certification.body.CertificationBodyDetails;
import org.custodes.certification.certificate.CertificateSummary;
import org.custodes.certification.standard.StandardDetails;
import org.custodes.certification.standard.Standards;
import org.custodes.notification.NotificationService;
import org.custodes.notification.OutgoingMessage;
import org.custodes.shared.Language;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Queues an expiry warning to the company, its certification body and the secretariat. The company is reached at
 * the contact address given in its applications on that certificate, the body at its certification contact; a
 * company without an application on the certificate is not written to (there is no other address for it yet).
 */
@Component
public class ExpiryWarnings {

    public static final String TEMPLATE = "certification/expiry-warning";

    private final NotificationService notifications;
    private final CertificationApplications applications;
    private final CertificationBodies bodies;
    private final Standards standards;
    private final CertificationSettings settings;
    private final String baseUrl;

    ExpiryWarnings(NotificationService notifications, CertificationApplications applications, CertificationBodies bodies,
            Standards standards, CertificationSettings settings, @Value("${custodes.base-url}") String baseUrl) {
        this.notifications = notifications;
        this.applications = applications;
        this.bodies = bodies;
        this.standards = standards;
        this.settings = settings;
        this.baseUrl = baseUrl;
    }

    /** Returns the addresses written to. */
    List<String> send(CertificateSummary certificate, int daysBefore) {
        var recipients = new LinkedHashMap<String, Language>();
        for (var application : applications.ofCertificate(certificate.id().value())) {
            if (application.status() != CertificationApplicationStatus.REFUSED) {
                recipients.putIfAbsent(application.contactEmail().toLowerCase(java.util.Locale.ROOT),
                        application.contactLanguage());
            }
        }
        bodies.find(certificate.certificationBody()).map(CertificationBodyDetails::contactEmail)
                .filter(email -> email != null && !email.isBlank())
                .ifPresent(email -> recipients.putIfAbsent(email.toLowerCase(java.util.Locale.ROOT), Language.EN));
        recipients.putIfAbsent(settings.secretariatEmail().toLowerCase(java.util.Locale.ROOT), Language.EN);
        var parameters = parameters(certificate, daysBefore);
        var sent = new ArrayList<String>();
        recipients.forEach((email, language) -> {
            notifications.send(new OutgoingMessage(email, language, TEMPLATE, parameters));
            sent.add(email);
        });
        return sent;
    }

    private Map<String, String> parameters(CertificateSummary certificate, int daysBefore) {
        return Map.of(
                "certificateNumber", certificate.number(),
                "companyName", certificate.companyName(),
                "standard", standards.find(certificate.standard()).map(StandardDetails::name)
                        .orElse(certificate.standard().value()),
                "certificationBody", certificate.certificationBodyName(),
                "expiryDate", certificate.expiryDate().toString(),
                "daysBefore", String.valueOf(daysBefore),
                "link", baseUrl + "/certification/certificates/" + certificate.id());
    }
}
