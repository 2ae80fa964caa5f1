package org.custodes.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.custodes.certification.CertificateId;
import org.custodes.certification.CertificateStatusChanged;
import org.custodes.certification.CertificateStatus;
import org.custodes.certification.StandardCode;
import org.custodes.shared.OrganisationId;
import org.junit.jupiter.api.Test;

class CertificateCacheTests {

    static final OrganisationId COMPANY = new OrganisationId(UUID.randomUUID());
    static final LocalDate DAY = LocalDate.of(2026, Month.NOVEMBER, 22);
    static final List<ListedCertificate> ONE = List.of(new ListedCertificate("PSC-1", "ANSI/ASIS PSC.1", "Body",
            "ACTIVE", DAY.minusYears(1), DAY.plusYears(2)));

    final AtomicInteger loads = new AtomicInteger();

    List<ListedCertificate> load() {
        loads.incrementAndGet();
        return ONE;
    }

    @Test
    void aSecondAskingWithinTheTtlIsAnsweredFromMemory() {
        var cache = new CertificateCache(Duration.ofMinutes(1));

        assertThat(cache.get(COMPANY, DAY, this::load)).isEqualTo(ONE);
        assertThat(cache.get(COMPANY, DAY, this::load)).isEqualTo(ONE);

        assertThat(loads).hasValue(1);
    }

    @Test
    void eachDayIsItsOwnEntry() {
        var cache = new CertificateCache(Duration.ofMinutes(1));

        cache.get(COMPANY, DAY, this::load);
        cache.get(COMPANY, DAY.minusDays(1), this::load);

        assertThat(loads).hasValue(2);
    }

    @Test
    void aCertificationEventEmptiesTheCacheAndAnotherModulesEventDoesNot() {
        var cache = new CertificateCache(Duration.ofMinutes(1));
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
        var cache = new CertificateCache(Duration.ofMinutes(1));

        cache.get(COMPANY, DAY, () -> {
            cache.evictAll(); // a change commits while the certificates are being read
            return load();
        });
        cache.get(COMPANY, DAY, this::load);

        assertThat(loads).hasValue(2);
    }

    @Test
    void anExpiredEntryIsReadAgain() {
        var cache = new CertificateCache(Duration.ZERO);

        cache.get(COMPANY, DAY, this::load);
        cache.get(COMPANY, DAY, this::load);

        assertThat(loads).hasValue(2);
    }
}
