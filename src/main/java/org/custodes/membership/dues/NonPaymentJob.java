package org.custodes.membership.dues;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.custodes.shared.CronLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Every morning, raises invoices overdue for 90 days (configurable) to the secretariat as proposals to terminate. */
@Component
public class NonPaymentJob {

    private final Dues dues;

    NonPaymentJob(Dues dues) {
        this.dues = dues;
    }

    // Integer, not int: ShedLock refuses to lock a method returning a primitive, so an int here made every
    // scheduled run fail (it returns null when another node holds the lock).
    @Scheduled(cron = "${custodes.membership.non-payment-job-cron:0 30 5 * * *}", zone = "UTC")
    @SchedulerLock(name = "membership.non-payment", lockAtLeastFor = CronLock.AT_LEAST_FOR)
    @Transactional
    public Integer raiseOverdueInvoices() {
        return dues.raiseNonPayment();
    }
}
