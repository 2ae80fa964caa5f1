package org.custodes.certification.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.custodes.certification.CertificateStatus;
import org.custodes.certification.LapseReason;

/** The certificate's cycle, day by day, with a fixed clock moved forward as the daily job would see it. */
class CertificateCycleTests {

    static final LocalDate ISSUED = LocalDate.of(2024, 3, 1);
    static final LocalDate EXPIRY = LocalDate.of(2027, 3, 1);
    static final List<Integer> WARNINGS = List.of(90, 60, 30);
    static final Period TOLERANCE = Period.ofMonths(3);
    static final Period GRACE = Period.ofMonths(3);

    /** Runs the cycle every day from..to, remembering marks as the job does; returns every action taken. */
    static List<CertificateCycle.Action> runDaily(LocalDate from, LocalDate to, Set<AuditType> audits,
            @Nullable LocalDate bodyWithdrawnOn) {
        var done = new HashSet<CertificateCycle.Mark>();
        var taken = new java.util.ArrayList<CertificateCycle.Action>();
        var status = CertificateStatus.ACTIVE;
        for (var day = from; !day.isAfter(to); day = day.plusDays(1)) {
            var clock = Clock.fixed(day.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
            var snapshot = new CertificateCycle.Snapshot(status, ISSUED, EXPIRY, audits, bodyWithdrawnOn);
            for (var action : CertificateCycle.due(snapshot, LocalDate.now(clock), done, WARNINGS, TOLERANCE, GRACE)) {
                done.addAll(action.marks());
                taken.add(action);
                if (action instanceof CertificateCycle.Expire) {
                    status = CertificateStatus.EXPIRED;
                }
            }
        }
        return taken;
    }

    static final Set<AuditType> ALL_SURVEILLANCE = Set.of(AuditType.STAGE_2, AuditType.SURVEILLANCE_1, AuditType.SURVEILLANCE_2);

    @Test
    void aFreshlyIssuedCertificateNeedsNothing() {
        assertThat(runDaily(ISSUED, ISSUED.plusMonths(11), Set.of(AuditType.STAGE_2), null)).isEmpty();
    }

    @Test
    void surveillanceAuditsFallDueOnTheFirstAndSecondAnniversaries() {
        var actions = runDaily(ISSUED, LocalDate.of(2026, 3, 10), Set.of(AuditType.STAGE_2), null);
        assertThat(actions).filteredOn(CertificateCycle.SurveillanceDue.class::isInstance).containsExactly(
                new CertificateCycle.SurveillanceDue(AuditType.SURVEILLANCE_1, LocalDate.of(2025, 3, 1)),
                new CertificateCycle.SurveillanceDue(AuditType.SURVEILLANCE_2, LocalDate.of(2026, 3, 1)));
    }

    @Test
    void aRecordedSurveillanceAuditIsNotDue() {
        var actions = runDaily(ISSUED, LocalDate.of(2026, 3, 10), ALL_SURVEILLANCE, null);
        assertThat(actions).noneMatch(CertificateCycle.SurveillanceDue.class::isInstance);
    }

    @Test
    void expiryWarningsGoOutAtNinetySixtyAndThirtyDaysEachOnce() {
        var actions = runDaily(LocalDate.of(2026, 11, 1), EXPIRY, ALL_SURVEILLANCE, null);
        assertThat(actions).filteredOn(CertificateCycle.ExpiryWarning.class::isInstance)
                .extracting(a -> ((CertificateCycle.ExpiryWarning) a).daysBefore())
                .containsExactly(90, 60, 30);
    }

    @Test
    void warningsOverdueAtOnceBecomeOneWarningTheMostUrgent() {
        var actions = runDaily(EXPIRY.minusDays(20), EXPIRY, ALL_SURVEILLANCE, null);
        assertThat(actions).filteredOn(CertificateCycle.ExpiryWarning.class::isInstance)
                .extracting(a -> ((CertificateCycle.ExpiryWarning) a).daysBefore())
                .containsExactly(30);
    }

    @Test
    void aMissedSurveillanceAuditLapsesTheCertificationOnceAfterTheTolerance() {
        var actions = runDaily(ISSUED, LocalDate.of(2025, 12, 31), Set.of(AuditType.STAGE_2), null);
        assertThat(actions).filteredOn(CertificateCycle.Lapse.class::isInstance)
                .extracting(a -> ((CertificateCycle.Lapse) a).reason(), a -> ((CertificateCycle.Lapse) a).lapsedOn())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LapseReason.MISSED_SURVEILLANCE, LocalDate.of(2025, 6, 2)));
    }

    @Test
    void aSurveillanceAuditWithinTheToleranceDoesNotLapse() {
        var day = LocalDate.of(2025, 7, 1);
        var actions = CertificateCycle.due(new CertificateCycle.Snapshot(CertificateStatus.ACTIVE, ISSUED, EXPIRY,
                Set.of(AuditType.SURVEILLANCE_1), null), day, Set.of(), WARNINGS, TOLERANCE, GRACE);
        assertThat(actions).isEmpty();
    }

    @Test
    void theCertificateExpiresTheDayAfterItsExpiryDateOnce() {
        var actions = runDaily(EXPIRY.minusDays(1), EXPIRY.plusDays(10), ALL_SURVEILLANCE, null);
        assertThat(actions).filteredOn(CertificateCycle.Expire.class::isInstance)
                .containsExactly(new CertificateCycle.Expire(EXPIRY.plusDays(1), EXPIRY));
    }

    @Test
    void aWithdrawnBodysCertificatesStayValidThroughTheGracePeriodThenLapse() {
        var withdrawn = LocalDate.of(2025, 9, 15);
        var during = runDaily(withdrawn, LocalDate.of(2025, 12, 14), ALL_SURVEILLANCE, withdrawn);
        assertThat(during).noneMatch(CertificateCycle.Lapse.class::isInstance);
        var after = runDaily(withdrawn, LocalDate.of(2026, 1, 31), ALL_SURVEILLANCE, withdrawn);
        assertThat(after).filteredOn(CertificateCycle.Lapse.class::isInstance)
                .extracting(a -> ((CertificateCycle.Lapse) a).reason(), a -> ((CertificateCycle.Lapse) a).lapsedOn())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LapseReason.BODY_ACCEPTANCE_WITHDRAWN,
                        LocalDate.of(2025, 12, 15)));
    }

    @Test
    void anExpiredOrWithdrawnCertificateIsLeftAlone() {
        for (var status : List.of(CertificateStatus.EXPIRED, CertificateStatus.WITHDRAWN)) {
            var actions = CertificateCycle.due(new CertificateCycle.Snapshot(status, ISSUED, EXPIRY, Set.of(), null),
                    EXPIRY.plusDays(5), Set.of(), WARNINGS, TOLERANCE, GRACE);
            assertThat(actions).isEmpty();
        }
    }
}
