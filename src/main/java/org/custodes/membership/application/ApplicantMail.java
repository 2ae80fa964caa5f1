package org.custodes.membership.application;

import java.util.Map;

import org.custodes.identity.IdentityService;
import org.custodes.notification.NotificationService;
import org.custodes.notification.OutgoingMessage;
import org.custodes.shared.OrganisationId;
import org.springframework.stereotype.Component;

/** Tells every active user of an organisation, each in their own language, through the notification outbox. */
@Component
public class ApplicantMail {

    private final IdentityService identity;
    private final NotificationService notifications;

    ApplicantMail(IdentityService identity, NotificationService notifications) {
        this.identity = identity;
        this.notifications = notifications;
    }

    public int send(OrganisationId organisation, String template, Map<String, String> parameters) {
        var contacts = identity.contactsOf(organisation);
        contacts.forEach(contact -> notifications.send(
                new OutgoingMessage(contact.email(), contact.language(), template, parameters)));
        return contacts.size();
    }
}
