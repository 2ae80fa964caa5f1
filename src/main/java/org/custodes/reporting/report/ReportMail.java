package org.custodes.reporting.report;

import java.time.LocalDate;
import java.util.Map;

import org.custodes.identity.IdentityService;
import org.custodes.notification.NotificationService;
import org.custodes.notification.OutgoingMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** What reporting tells a company's people by e-mail: reminders and clarification requests. Links only, no answers. */
@Component
public class ReportMail {

    private final IdentityService identity;
    private final NotificationService notifications;
    private final String baseUrl;

    ReportMail(IdentityService identity, NotificationService notifications, @Value("${custodes.base-url}") String baseUrl) {
        this.identity = identity;
        this.notifications = notifications;
        this.baseUrl = baseUrl;
    }

    /** Returns how many people were written to. */
    public int reminder(Reports.Row report, int year, LocalDate deadline, long daysLeft) {
        var contacts = identity.contactsOf(report.company());
        contacts.forEach(contact -> notifications.send(new OutgoingMessage(contact.email(), contact.language(),
                "reporting/reminder", Map.of("company", report.companyName(), "year", String.valueOf(year),
                        "deadline", deadline.toString(), "days", String.valueOf(daysLeft), "link", link(report)))));
        return contacts.size();
    }

    public void clarificationRequested(Reports.Row report, int year, int items) {
        identity.contactsOf(report.company()).forEach(contact -> notifications.send(new OutgoingMessage(contact.email(),
                contact.language(), "reporting/clarification", Map.of("company", report.companyName(),
                        "year", String.valueOf(year), "items", String.valueOf(items), "link", link(report)))));
    }

    private String link(Reports.Row report) {
        return baseUrl + "/reporting/reports/" + report.id();
    }
}
