package org.custodes.oversight;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.custodes.shared.CronLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Every morning, computes the day's ranking after the other modules' nightly jobs have run. */
@Component
class RankingJob {

    private final OversightService oversight;

    RankingJob(OversightService oversight) {
        this.oversight = oversight;
    }

    @Scheduled(cron = "${custodes.oversight.ranking-cron:0 45 5 * * *}", zone = "UTC")
    @SchedulerLock(name = "oversight.ranking", lockAtLeastFor = CronLock.AT_LEAST_FOR)
    @Transactional
    public Integer recompute() {
        return oversight.recomputeToday(null);
    }
}
