package org.custodes.governance.resolution;

import java.time.Clock;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.custodes.shared.CronLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every quarter of an hour, decides the open resolutions whose voting window has closed, with the votes cast (a
 * resolution without quorum fails). One node runs it (ShedLock); tests call {@link #run(Clock)} with a later clock.
 */
@Component
public class ResolutionWindows {

    private static final Logger log = LoggerFactory.getLogger(ResolutionWindows.class);

    private final Resolutions resolutions;
    private final Clock clock;

    ResolutionWindows(Resolutions resolutions, Clock clock) {
        this.resolutions = resolutions;
        this.clock = clock;
    }

    @Scheduled(cron = "${custodes.governance.windows-cron:0 */15 * * * *}", zone = "UTC")
    @SchedulerLock(name = "governance.resolution-windows", lockAtMostFor = "PT10M", lockAtLeastFor = CronLock.AT_LEAST_FOR)
    @Transactional
    public Integer closeDue() {
        var closed = run(clock);
        if (closed > 0) {
            log.info("Decided {} resolutions whose voting window closed", closed);
        }
        return closed;
    }

    @Transactional
    public int run(Clock at) {
        var now = at.instant();
        var today = LocalDate.now(at);
        var closed = 0;
        for (var id : resolutions.openClosingBefore(now)) {
            var resolution = resolutions.find(id).orElseThrow();
            if (resolution.closeIfDue(now, today)) {
                resolutions.save(resolution);
                closed++;
            }
        }
        return closed;
    }
}
