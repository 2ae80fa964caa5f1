package org.custodes.directory;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.custodes.shared.CronLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A decision may take effect on a later date, with no event on that day; each night the directory shows the
 * standings that came due (and tells the watchers).
 */
@Component
class StandingSchedule {

    private final StandingProjection projection;

    StandingSchedule(StandingProjection projection) {
        this.projection = projection;
    }

    @Scheduled(cron = "${custodes.directory.due-standings-cron:0 5 0 * * *}", zone = "UTC")
    @SchedulerLock(name = "directory-due-standings", lockAtLeastFor = CronLock.AT_LEAST_FOR)
    @Transactional
    public void showDueStandings() {
        projection.showDueChanges();
    }
}
