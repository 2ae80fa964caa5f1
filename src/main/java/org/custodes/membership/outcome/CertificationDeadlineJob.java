package org.custodes.membership.outcome;

import java.time.Clock;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.custodes.membership.Memberships;
import org.custodes.shared.CronLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every morning, raises to the secretariat the member companies whose certification deadline passed. It never
 * changes a status: whether a company becomes an affiliate is the secretariat's decision.
 */
@Component
public class CertificationDeadlineJob {

    private static final Logger log = LoggerFactory.getLogger(CertificationDeadlineJob.class);

    private final Memberships memberships;
    private final Clock clock;

    CertificationDeadlineJob(Memberships memberships, Clock clock) {
        this.memberships = memberships;
        this.clock = clock;
    }

    // Integer, not int: ShedLock refuses to lock a method returning a primitive, so an int here made every
    // scheduled run fail (it returns null when another node holds the lock).
    @Scheduled(cron = "${custodes.membership.deadline-job-cron:0 15 5 * * *}", zone = "UTC")
    @SchedulerLock(name = "membership.certification-deadline", lockAtLeastFor = CronLock.AT_LEAST_FOR)
    @Transactional
    public Integer raisePassedDeadlines() {
        var today = LocalDate.now(clock);
        var raised = 0;
        for (var organisation : memberships.membersWithDeadlineBefore(today)) {
            var membership = memberships.find(organisation).orElseThrow();
            if (membership.flagDeadlineIfPassed(today)) {
                memberships.save(membership, clock.instant());
                raised++;
            }
        }
        if (raised > 0) {
            log.info("Raised {} member companies past their certification deadline", raised);
        }
        return raised;
    }
}
