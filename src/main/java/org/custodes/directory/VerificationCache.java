package org.custodes.directory;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
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
 * What a signed verification states about a company on a day (its standing and its certificates), held in this
 * node's memory: reading it costs a query on the directory's tables and a transaction with several queries in the
 * certification module, on the API that is called most. The signature is still made per request, as the signed
 * bytes carry {@code verifiedAt}.
 * <p>
 * How stale an answer can be:
 * <ul>
 * <li>a change made on THIS node is visible to the next request: the directory's own writes to its company and
 * standing tables ({@link Companies}) and every event the certification or organisation module publishes empty the
 * cache when their transaction ends (or at once outside a transaction), before the call that made the change
 * returns; while such a transaction is open the cache is bypassed, and what was read before it ended is never
 * served ({@link #generation}, {@link #changesInFlight});</li>
 * <li>a change made on ANOTHER node, or one a module makes without publishing an event, is visible here at most
 * {@code custodes.directory.verification-cache-ttl} (default 5 seconds) later. Set it to 0 to turn the cache off.</li>
 * </ul>
 * The day is part of the key, so that a standing or a certificate's status on one date is never carried over to
 * another date (a period or an expiry that begins at midnight needs no eviction).
 */
@Component
class VerificationCache {

    /** Beyond this many entries the cache starts over, so that memory stays bounded whatever the callers ask. */
    static final int MAX_ENTRIES = 20_000;
    private static final String[] WATCHED_MODULES = { "org.custodes.certification", "org.custodes.organisation" };

    private record Key(OrganisationId company, LocalDate day) {
    }

    /** The facts a verification signs, apart from when and with which key, and their canonical JSON. */
    record Facts(StandingAsOf standing, List<ListedCertificate> certificates, VerificationDocument document) {

        Facts {
            certificates = List.copyOf(certificates);
        }

        Facts(StandingAsOf standing, List<ListedCertificate> certificates) {
            this(standing, certificates, VerificationDocument.of(standing, certificates));
        }
    }

    private record Entry(Facts facts, long expiresAtNanos, long generation) {
    }

    private final ConcurrentHashMap<Key, Entry> entries = new ConcurrentHashMap<>();
    /** Bumped by every eviction: an entry tagged with an older generation is never served. */
    private final AtomicLong generation = new AtomicLong();
    /**
     * Transactions that changed what a verification states and have not ended yet: meanwhile the cache is bypassed,
     * so that nothing read just before their commit can be served just after it.
     */
    private final AtomicInteger changesInFlight = new AtomicInteger();
    private final long ttlNanos;

    VerificationCache(@Value("${custodes.directory.verification-cache-ttl:5s}") Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    Facts get(OrganisationId company, LocalDate day, Supplier<Facts> load) {
        if (ttlNanos <= 0 || changesInFlight.get() > 0) {
            return load.get();
        }
        var key = new Key(company, day);
        var now = System.nanoTime();
        // Read before loading: an entry loaded while an eviction ran carries the older generation and is never served.
        var current = generation.get();
        var entry = entries.get(key);
        if (entry != null && entry.generation() == current && now - entry.expiresAtNanos() < 0) {
            return entry.facts();
        }
        var facts = load.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry(facts, now + ttlNanos, current));
        return facts;
    }

    /**
     * Any fact published by the modules the certificates come from may change them: start over when the
     * transaction that published it ends ({@link #evictWhenTransactionEnds()}). Every change of consequence publishes an
     * {@link AuditableEvent}; such changes are rare next to verifications.
     * <p>
     * A plain listener registering its own synchronisation, not a {@code @TransactionalEventListener}: Spring
     * Modulith would record a publication for every such listener and event, and completing it needs a second
     * connection while the publishing transaction still holds its own, which starves the pool under load.
     */
    @EventListener
    void on(AuditableEvent event) {
        if (watched(event)) {
            evictWhenTransactionEnds();
        }
    }

    /**
     * Call after a change that may alter a verification: bypasses the cache until the current transaction ends
     * (committed or not), then empties it; outside a transaction, empties it at once.
     */
    void evictWhenTransactionEnds() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            changesInFlight.incrementAndGet();
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    evictAll();
                    changesInFlight.decrementAndGet();
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
