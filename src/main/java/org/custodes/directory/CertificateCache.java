package org.custodes.directory;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.custodes.shared.AuditableEvent;
import org.custodes.shared.OrganisationId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The certificates a signed verification lists, per company and day, held in this node's memory: asking the
 * certification module costs a transaction and several queries, on the API that is called most.
 * <p>
 * How stale an answer can be:
 * <ul>
 * <li>a change made on THIS node is visible to the next request: every event the certification or organisation
 * module publishes empties the cache when its transaction ends (or at once outside a transaction), before the
 * call that made the change returns. A load that raced with the change is never served ({@link #generation});</li>
 * <li>a change made on ANOTHER node, or one a module makes without publishing an event, is visible here at most
 * {@code custodes.directory.certificate-cache-ttl} (default 10 seconds) later;</li>
 * <li>the standing itself is never cached: it is read from the directory's tables on every request.</li>
 * </ul>
 * The day is part of the key, so that a certificate's status on a date (which depends on its expiry and status
 * history) is never carried over to another date.
 */
@Component
class CertificateCache {

    /** Beyond this many entries the cache starts over, so that memory stays bounded whatever the callers ask. */
    static final int MAX_ENTRIES = 20_000;
    private static final String[] WATCHED_MODULES = { "org.custodes.certification", "org.custodes.organisation" };

    private record Key(OrganisationId company, LocalDate day) {
    }

    private record Entry(List<ListedCertificate> certificates, long expiresAtNanos, long generation) {
    }

    private final ConcurrentHashMap<Key, Entry> entries = new ConcurrentHashMap<>();
    /** Bumped by every eviction: a load that began before it must not store what it read. */
    private final AtomicLong generation = new AtomicLong();
    private final long ttlNanos;

    CertificateCache(@Value("${custodes.directory.certificate-cache-ttl:10s}") Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    List<ListedCertificate> get(OrganisationId company, LocalDate day, Supplier<List<ListedCertificate>> load) {
        var key = new Key(company, day);
        var now = System.nanoTime();
        // Read before loading: an entry loaded while an eviction ran carries the older generation and is never served.
        var current = generation.get();
        var entry = entries.get(key);
        if (entry != null && entry.generation() == current && now - entry.expiresAtNanos() < 0) {
            return entry.certificates();
        }
        var certificates = List.copyOf(load.get());
        if (ttlNanos > 0) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(key, new Entry(certificates, now + ttlNanos, current));
        }
        return certificates;
    }

    /**
     * Any fact published by the modules the certificates come from may change them: start over when the
     * transaction that published it ends (at once outside a transaction). Every change of consequence publishes an
     * {@link AuditableEvent}; such changes are rare next to verifications.
     * <p>
     * A plain listener registering its own synchronisation, not a {@code @TransactionalEventListener}: Spring
     * Modulith would record a publication for every such listener and event, and completing it needs a second
     * connection while the publishing transaction still holds its own, which starves the pool under load.
     */
    @EventListener
    void on(AuditableEvent event) {
        if (!watched(event)) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    evictAll();
                }
            });
        } else {
            evictAll();
        }
    }

    private static boolean watched(AuditableEvent event) {
        var module = event.getClass().getPackageName();
        for (var watched : WATCHED_MODULES) {
            if (module.equals(watched) || module.startsWith(watched + ".")) {
                return true;
            }
        }
        return false;
    }

    void evictAll() {
        generation.incrementAndGet();
        entries.clear();
    }
}
