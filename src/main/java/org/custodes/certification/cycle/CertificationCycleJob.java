package org.custodes.certification.cycle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.custodes.certification.CertificateStatus;
import org.custodes.certification.CertificationSettings;
import org.custodes.certification.body.BodyStatus;
import org.custodes.certification.body.CertificationBodies;
import org.custodes.certification.certificate.CertificateRegister;
import org.custodes.certification.certificate.Certificates;
import org.custodes.shared.CronLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily certification cycle: marks surveillance audits due, queues expiry warnings, expires certificates and
 * lapses certifications (see {@link CertificateCycle}). Each certificate is handled in its own transaction, and what
 * was done is remembered, so a run that is repeated or interrupted never does anything twice.
 */
@Component
public class CertificationCycleJob {

    private static final Logger log = LoggerFactory.getLogger(CertificationCycleJob.class);

    /** What one run did, for the log and for tests. */
    record Report(int certificates, int surveillanceDue, int warnings, int expired, int lapsed) {
    }

    private final Certificates certificates;
    private final CertificationBodies bodies;
    private final CycleMarks marks;
    private final CertificateRegister register;
    private final Lapses lapses;
    private final ExpiryWarnings warnings;
    private final CertificationSettings settings;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CertificationCycleJob(Certificates certificates, CertificationBodies bodies, CycleMarks marks,
            CertificateRegister register, Lapses lapses, ExpiryWarnings warnings, CertificationSettings settings,
            ApplicationEventPublisher events, PlatformTransactionManager transactionManager, Clock clock) {
        this.certificates = certificates;
        this.bodies = bodies;
        this.marks = marks;
        this.register = register;
        this.lapses = lapses;
        this.warnings = warnings;
        this.settings = settings;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Scheduled(cron = "${custodes.certification.cycle-cron:0 30 3 * * *}", zone = "UTC")
    @SchedulerLock(name = "certification-cycle", lockAtMostFor = "PT30M", lockAtLeastFor = CronLock.AT_LEAST_FOR)
    public void runDaily() {
        var report = runOn(LocalDate.now(clock));
        log.info("Certification cycle: {}", report);
    }

    public Report runOn(LocalDate today) {
        var totals = new int[4];
        var tracked = certificates.trackedOn(today);
        for (var id : tracked) {
            var counts = transactions.execute(status -> process(id, today));
            for (int i = 0; i < totals.length; i++) {
                totals[i] += counts == null ? 0 : counts[i];
            }
        }
        return new Report(tracked.size(), totals[0], totals[1], totals[2], totals[3]);
    }

    private int[] process(UUID id, LocalDate today) {
        var counts = new int[4];
        var summary = certificates.summary(id).orElseThrow();
        var body = bodies.find(summary.certificationBody()).orElseThrow();
        var audits = EnumSet.noneOf(AuditType.class);
        certificates.audits(id).forEach(audit -> audits.add(audit.type()));
        var snapshot = new CertificateCycle.Snapshot(summary.status(), summary.currentIssueDate(), summary.expiryDate(),
                audits, body.status() == BodyStatus.WITHDRAWN ? body.statusSince() : null);
        var actions = CertificateCycle.due(snapshot, today, marks.of(id), settings.warningDays(),
                settings.surveillanceTolerance(), settings.withdrawalGrace());
        for (var action : actions) {
            // The first mark is the claim: when another node already recorded it, this action is not ours to do.
            var claimed = action.marks().isEmpty() || marks.record(id, action.marks().getFirst(), today);
            action.marks().stream().skip(1).forEach(mark -> marks.record(id, mark, today));
            if (!claimed) {
                continue;
            }
            switch (action) {
                case CertificateCycle.SurveillanceDue due -> {
                    events.publishEvent(new SurveillanceAuditDue(summary.id(), summary.company(), due.audit(), due.dueOn()));
                    counts[0]++;
                }
                case CertificateCycle.ExpiryWarning warning -> {
                    warnings.send(summary, warning.daysBefore());
                    counts[1]++;
                }
                case CertificateCycle.Expire expire -> {
                    register.changeStatus(id, CertificateStatus.EXPIRED, expire.effectiveOn());
                    counts[2]++;
                }
                case CertificateCycle.Lapse lapse ->
                        counts[3] += lapses.lapseCertificationsOn(id, lapse.lapsedOn(), lapse.reason());
            }
        }
        return counts;
    }
}
