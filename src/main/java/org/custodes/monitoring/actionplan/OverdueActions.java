package org.custodes.monitoring.actionplan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.custodes.identity.IdentityService;
import org.custodes.notification.NotificationService;
import org.custodes.notification.OutgoingMessage;
import org.custodes.organisation.OrganisationService;
import org.custodes.organisation.OrganisationSummary;
import org.custodes.shared.CronLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily job of overdue corrective actions: the company's contacts are reminded by e-mail (at most once every
 * {@code custodes.monitoring.actions.reminder-days}, 7 by default), and an action overdue for
 * {@code custodes.monitoring.actions.concern-after-days} (30 by default) opens a concern once, whose origin is the
 * action ({@link ActionOverdue}, which monitoring follows). One node runs it (ShedLock); tests call {@link #run(Clock)}.
 */
@Component
class OverdueActions {

    record Outcome(int reminders, int concerns) {
    }

    private static final Logger log = LoggerFactory.getLogger(OverdueActions.class);

    private final ActionPlans plans;
    private final IdentityService identity;
    private final NotificationService notifications;
    private final OrganisationService organisations;
    private final Clock clock;
    private final int reminderDays;
    private final int concernAfterDays;
    private final String baseUrl;

    OverdueActions(ActionPlans plans, IdentityService identity, NotificationService notifications,
            OrganisationService organisations, Clock clock,
            @Value("${custodes.monitoring.actions.reminder-days:7}") int reminderDays,
            @Value("${custodes.monitoring.actions.concern-after-days:30}") int concernAfterDays,
            @Value("${custodes.base-url}") String baseUrl) {
        this.plans = plans;
        this.identity = identity;
        this.notifications = notifications;
        this.organisations = organisations;
        this.clock = clock;
        this.reminderDays = reminderDays;
        this.concernAfterDays = concernAfterDays;
        this.baseUrl = baseUrl;
    }

    @Scheduled(cron = "${custodes.monitoring.actions.overdue-cron:0 40 6 * * *}", zone = "UTC")
    @SchedulerLock(name = "monitoring.overdue-actions", lockAtMostFor = "PT30M", lockAtLeastFor = CronLock.AT_LEAST_FOR)
    @Transactional
    public void daily() {
        var outcome = run(clock);
        log.info("Overdue corrective actions: {} reminders, {} concerns opened", outcome.reminders(), outcome.concerns());
    }

    @Transactional
    public Outcome run(Clock at) {
        var reminders = 0;
        var concerns = 0;
        for (var plan : plans.withOverdueActions(LocalDate.now(at))) {
            var owed = plan.chase(reminderDays, concernAfterDays, at);
            plans.save(plan);
            var company = organisations.find(plan.company()).map(OrganisationSummary::legalName).orElse("");
            for (var overdue : owed) {
                for (var contact : identity.contactsOf(plan.company())) {
                    notifications.send(new OutgoingMessage(contact.email(), contact.language(),
                            "monitoring/action-overdue", Map.of("company", company, "action", overdue.reference(),
                                    "due", overdue.dueOn().toString(), "days", String.valueOf(overdue.daysOverdue()),
                                    "link", baseUrl + "/monitoring/plans/" + plan.id())));
                }
                reminders++;
                if (overdue.raiseConcern()) {
                    concerns++;
                }
            }
        }
        return new Outcome(reminders, concerns);
    }
}
