package org.custodes.directory;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.custodes.notification.NotificationService;
import org.custodes.notification.OutgoingMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the followers of a company that its standing changed: an e-mail each (through the notification outbox) and
 * a delivery queued for each of their webhooks. Runs in the transaction that changed the standing, so the messages
 * exist if and only if the change does.
 */
@Component
class StandingAnnouncements {

    static final String TEMPLATE = "directory/standing-changed";
    static final String EVENT_TYPE = "company.standing-changed";

    private final Watchlists watchlists;
    private final Webhooks webhooks;
    private final NotificationService notifications;
    private final Clock clock;
    private final String baseUrl;

    StandingAnnouncements(Watchlists watchlists, Webhooks webhooks, NotificationService notifications, Clock clock,
            @Value("${custodes.base-url}") String baseUrl) {
        this.watchlists = watchlists;
        this.webhooks = webhooks;
        this.notifications = notifications;
        this.clock = clock;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @EventListener
    void on(CompanyStandingChanged change) {
        var profileUrl = baseUrl + "/directory/companies/" + change.company();
        var parameters = Map.of(
                "companyName", change.legalName(),
                "previousStanding", change.previous().name(),
                "currentStanding", change.current().name(),
                "correctiveActionOpen", Boolean.toString(change.correctiveActionOpen()),
                "since", change.since() == null ? "" : change.since().toString(),
                "profileUrl", profileUrl);
        for (var watcher : watchlists.watchers(change.company())) {
            notifications.send(new OutgoingMessage(watcher.email(), watcher.language(), TEMPLATE, parameters));
        }
        var followers = webhooks.forFollowersOf(change.company());
        if (followers.isEmpty()) {
            return;
        }
        var eventId = UUID.randomUUID();
        var company = new LinkedHashMap<String, Object>();
        company.put("id", change.company().toString());
        company.put("legalName", change.legalName());
        company.put("previousStanding", change.previous().name());
        company.put("standing", change.current().name());
        company.put("correctiveActionOpen", change.correctiveActionOpen());
        company.put("standingSince", change.since() == null ? null : change.since().toString());
        var payload = new LinkedHashMap<String, Object>();
        payload.put("id", eventId.toString());
        payload.put("type", EVENT_TYPE);
        payload.put("occurredAt", clock.instant().toString());
        payload.put("company", company);
        payload.put("profileUrl", profileUrl);
        payload.put("verificationUrl", baseUrl + "/api/v1/verify/" + change.company());
        var body = CanonicalJson.write(payload);
        for (var webhook : followers) {
            webhooks.queue(webhook, eventId, body, clock.instant());
        }
    }
}
