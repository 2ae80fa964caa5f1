package org.custodes.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.custodes.certification.CertificateId;
import org.custodes.certification.CertificateStatus;
import org.custodes.certification.certificate.CertificateStatusChanged;
import org.custodes.certification.StandardCode;
import org.custodes.shared.OrganisationId;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class VerificationCacheTests {

    static final OrganisationId COMPANY = new OrganisationId(UUID.randomUUID());
    static final LocalDate DAY = LocalDate.of(2026, Month.NOVEMBER, 22);
    static final VerificationCache.Facts ONE = new VerificationCache.Facts(
            new StandingAsOf(COMPANY, "Company", Standing.CERTIFIED_MEMBER, DAY.minusYears(1), false, DAY),
            List.of(new ListedCertificate("PSC-1", "ANSI/ASIS PSC.1", "Body", "ACTIVE", DAY.minusYears(1), DAY.plusYears(2))));

    final AtomicInteger loads = new AtomicInteger();

    VerificationCache.Facts load() {
        loads.incrementAndGet();
        return ONE;
    }

    @Test
    void aSecondAskingWithinTheTtlIsAnsweredFromMemory() {
        var cache = new VerificationCache(Duration.ofMinutes(1));

        assertThat(cache.get(COMPANY, DAY, this::load)).isEqualTo(ONE);
        assertThat(cache.get(COMPANY, DAY, this::load)).isEqualTo(ONE);

        assertThat(loads).hasValue(1);
    }

    @Test
    void eachDayIsItsOwnEntry() {
        var cache = new VerificationCache(Duration.ofMinutes(1));

        cache.get(COMPANY, DAY, this::load);
        cache.get(COMPANY, DAY.minusDays(1), this::load);

        assertThat(loads).hasValue(2);
    }

    @Test
    void aCertificationEventEmptiesTheCacheAndAnotherModulesEventDoesNot() {
        var cache = new VerificationCache(Duration.ofMinutes(1));
        cache.get(COMPANY, DAY, this::load);

        cache.on(new CompanyStandingChanged(COMPANY, "Company", Standing.MEMBER, false, Standing.CERTIFIED_MEMBER, false, DAY));
        cache.get(COMPANY, DAY, this::load);
        assertThat(loads).hasValue(1);

        cache.on(new CertificateStatusChanged(new CertificateId(UUID.randomUUID()), "PSC-1", new StandardCode("PSC1-2012"),
                new OrganisationId(UUID.randomUUID()), COMPANY, CertificateStatus.ACTIVE, CertificateStatus.SUSPENDED, DAY,
                DAY.plusYears(2)));
        cache.get(COMPANY, DAY, this::load);
        assertThat(loads).hasValue(2);
    }

    @Test
    void whatWasReadWhileAnEvictionRanIsNeverServed() {
        var cache = new VerificationCache(Duration.ofMinutes(1));

        cache.get(COMPANY, DAY, () -> {
            cache.evictAll(); // a change commits while the certificates are being read
            return load();
        });
        cache.get(COMPANY, DAY, this::load);

        assertThat(loads).hasValue(2);
    }

    @Test
    void whileAChangeIsInATransactionTheCacheIsBypassedAndEmptiedWhenItEnds() {
        var cache = new VerificationCache(Duration.ofMinutes(1));
        cache.get(COMPANY, DAY, this::load);

        TransactionSynchronizationManager.initSynchronization();
        try {
            cache.evictWhenTransactionEnds();
            cache.get(COMPANY, DAY, this::load);
            cache.get(COMPANY, DAY, this::load);
            assertThat(loads).hasValue(3);
            TransactionSynchronizationManager.getSynchronizations()
                    .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }

        cache.get(COMPANY, DAY, this::load);
        cache.get(COMPANY, DAY, this::load);
        assertThat(loads).hasValue(4);
    }

    @Test
    void anExpiredEntryIsReadAgain() {
        var cache = new VerificationCache(Duration.ZERO);

        cache.get(COMPANY, DAY, this::load);
        cache.get(COMPANY, DAY, this::load);

        assertThat(loads).hasValue(2);
    }
}
