package org.custodes.notification.web;

import java.util.List;

import org.custodes.shared.NavigationContribution;
import org.custodes.shared.NavigationEntry;
import org.springframework.stereotype.Component;

/** The entries notifications adds to the signed-in navigation, each behind the permission that opens its page. */
@Component
class NotificationNavigation implements NavigationContribution {

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(
                new NavigationEntry(300, "nav.outbox", "/notifications/outbox", "notification:outbox-read"));
    }
}
