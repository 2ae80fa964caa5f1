package org.custodes.complaint.casefile;

import java.time.Clock;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.custodes.complaint.ComplaintSettings;
import org.custodes.complaint.intake.IdempotencyRecords;
import org.custodes.complaint.workflow.Cases;
import org.custodes.complaint.workflow.ComplaintCase;
import org.custodes.complaint.workflow.ComplaintEvent;
import org.custodes.shared.CronLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes the content of cases closed longer ago than the retention period (five years by default): messages,
 * files, notes, identity and the wrapped data key go, the anonymous statistics columns stay. Expired idempotency
 * records go too. Runs nightly on one node.
 */
@Component
public class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    private final Cases cases;
    private final IdempotencyRecords idempotency;
    private final ComplaintSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Retention(Cases cases, IdempotencyRecords idempotency, ComplaintSettings settings,
            ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.idempotency = idempotency;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(cron = "${custodes.complaint.retention-cron:0 30 3 * * *}")
    @SchedulerLock(name = "complaint-retention", lockAtLeastFor = CronLock.AT_LEAST_FOR)
    void nightly() {
        purgeExpired(clock);
    }

    /** Returns how many cases were purged. Tests pass a moved clock. */
    @Transactional
    public int purgeExpired(Clock now) {
        var today = LocalDate.now(now);
        var cutOff = today.minus(settings.retention());
        var purged = 0;
        for (var id : cases.closedBefore(cutOff)) {
            var reference = cases.find(id).map(ComplaintCase::reference).orElse(null);
            cases.purge(id, today);
            if (reference != null) {
                events.publishEvent(new ComplaintEvent(reference, ComplaintEvent.Step.PURGED, today, null));
            }
            purged++;
        }
        idempotency.deleteCreatedBefore(now.instant().minus(java.time.Duration.ofDays(1)));
        if (purged > 0) {
            log.info("Complaint retention purged the content of {} closed cases", purged);
        }
        return purged;
    }
}
