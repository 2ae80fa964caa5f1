package org.custodes.certification;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Ends the certifications that rest on an external certificate, publishing one CertificationLapsed for each. */
@Component
class Lapses {

    private final CertificationApplications applications;
    private final ApplicationEventPublisher events;

    Lapses(CertificationApplications applications, ApplicationEventPublisher events) {
        this.applications = applications;
        this.events = events;
    }

    /** Returns how many certifications lapsed; a certification already lapsed is not lapsed again. */
    int lapseCertificationsOn(UUID certificate, LocalDate on, LapseReason reason) {
        var certified = applications.certifiedOn(certificate);
        for (var application : certified) {
            applications.lapse(application.id(), on, reason);
            events.publishEvent(new CertificationLapsed(application.company(), new CertificationId(application.id()),
                    on, reason));
        }
        return certified.size();
    }
}
