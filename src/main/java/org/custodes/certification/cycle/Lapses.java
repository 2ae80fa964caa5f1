package org.custodes.certification.cycle;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.custodes.certification.CertificationId;
import org.custodes.certification.CertificationLapsed;
import org.custodes.certification.LapseReason;
import org.custodes.certification.application.CertificationApplications;

/** Ends the certifications that rest on an external certificate, publishing one CertificationLapsed for each. */
@Component
public class Lapses {

    private final CertificationApplications applications;
    private final ApplicationEventPublisher events;

    Lapses(CertificationApplications applications, ApplicationEventPublisher events) {
        this.applications = applications;
        this.events = events;
    }

    /** Returns how many certifications lapsed; a certification already lapsed is not lapsed again. */
    public int lapseCertificationsOn(UUID certificate, LocalDate on, LapseReason reason) {
        var certified = applications.certifiedOn(certificate);
        for (var application : certified) {
            applications.lapse(application.id(), on, reason);
            events.publishEvent(new CertificationLapsed(application.company(), new CertificationId(application.id()),
                    on, reason));
        }
        return certified.size();
    }
}
