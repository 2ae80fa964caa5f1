package org.custodes.audit;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

import org.custodes.shared.Actor;
import org.custodes.shared.AuditableEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends every {@link AuditableEvent} to the chain, synchronously and in the publisher's transaction: the row
 * commits or rolls back with the change it records, and a failure to audit fails the change (fail closed).
 */
@Component
class AuditRecorder {

    private final AuditEvents events;
    private final JsonMapper json;
    private final Clock clock;

    AuditRecorder(AuditEvents events, JsonMapper json, Clock clock) {
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    @EventListener
    @Transactional // joins the publisher's transaction; opens its own when the publisher has none
    void on(AuditableEvent event) {
        var actor = Actor.current();
        var details = json.writeValueAsString(event);
        events.lockChain();
        var head = events.head();
        var previousHash = head.map(AuditEvents.Head::hash).orElse(HashChain.GENESIS);
        var record = new AuditRecord(head.map(h -> h.sequenceNumber() + 1).orElse(1L),
                clock.instant().truncatedTo(ChronoUnit.MICROS), // what timestamptz keeps, so the hash can be recomputed
                actor.map(a -> a.userId().value()).orElse(null),
                actor.map(a -> a.organisationId().value()).orElse(null),
                event.auditAction(), event.auditSubject(), details);
        events.append(record, previousHash, HashChain.hash(previousHash, record));
    }
}
