package org.custodes.identity.signin;

import org.custodes.shared.AuditableEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes the security events of sign-in and second factor. Many happen outside any other transaction (a refused
 * password changes nothing else), so each is published inside one: listeners bound to the transaction, like the
 * audit log's, then see every event.
 */
@Component
public class SecurityEvents {

    private final ApplicationEventPublisher events;

    SecurityEvents(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Transactional
    public void publish(AuditableEvent event) {
        events.publishEvent(event);
    }
}
