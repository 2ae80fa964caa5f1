package org.custodes.reporting.campaign;

import java.time.Clock;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.custodes.reporting.ReportStatus;
import org.custodes.reporting.SelfAssessmentNotSubmitted;
import org.custodes.reporting.report.ReportMail;
import org.custodes.reporting.report.Reports;
import org.custodes.shared.CronLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily job of the campaigns: reminders 30, 7 and 1 days before the deadline to companies that have not
 * submitted (each once), and, once the deadline and its grace period have passed, the non-submitters flagged and
 * announced once each. One node runs it (ShedLock); tests call {@link #run(Clock)} with a fixed clock.
 */
@Component
public class CampaignDeadlines {

    record Outcome(int reminders, int flagged) {
    }

    private static final Logger log = LoggerFactory.getLogger(CampaignDeadlines.class);

    private final Campaigns campaigns;
    private final Reports reports;
    private final ReportMail mail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CampaignDeadlines(Campaigns campaigns, Reports reports, ReportMail mail, ApplicationEventPublisher events, Clock clock) {
        this.campaigns = campaigns;
        this.reports = reports;
        this.mail = mail;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(cron = "${custodes.reporting.deadlines-cron:0 15 6 * * *}", zone = "UTC")
    @SchedulerLock(name = "reporting.campaign-deadlines", lockAtMostFor = "PT30M", lockAtLeastFor = CronLock.AT_LEAST_FOR)
    @Transactional
    public void daily() {
        var outcome = run(clock);
        log.info("Campaign deadlines: {} reminders, {} non-submissions flagged", outcome.reminders(), outcome.flagged());
    }

    @Transactional
    public Outcome run(Clock at) {
        var today = LocalDate.now(at);
        var reminders = 0;
        for (var campaign : campaigns.open(today)) {
            var calendar = campaign.calendar();
            for (var report : reports.ofCampaign(campaign.id())) {
                if (report.status() != ReportStatus.DRAFT) {
                    continue;
                }
                var due = calendar.reminderDue(today, campaigns.remindersSent(campaign.id(), report.company()));
                if (due.isPresent() && campaigns.recordReminder(campaign.id(), report.company(), due.get(), today)) {
                    mail.reminder(report, campaign.year(), campaign.deadline(), calendar.daysLeft(today));
                    reminders++;
                }
            }
        }
        var flagged = reports.flagNotSubmitted(today);
        for (var report : flagged) {
            var campaign = campaigns.find(report.campaign()).orElseThrow();
            events.publishEvent(new SelfAssessmentNotSubmitted(report.company(), report.campaign(), campaign.year(), today));
        }
        return new Outcome(reminders, flagged.size());
    }
}
