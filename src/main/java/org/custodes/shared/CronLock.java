package org.custodes.shared;

/**
 * What the ShedLock lock of every cron job holds after a run. Every node fires a cron job at the same moment; the
 * lock alone lets only one of them run at a time, but a job that ends in milliseconds frees it before a node whose
 * trigger came a little late (a pause, a busy CPU) asks, and that node runs the same firing again. Keeping the lock
 * for a while after the run closes that window. It must stay shorter than the shortest interval of a cron job
 * ({@code custodes.scheduling.cron-lock-at-least-for}, one minute by default; the jobs run daily).
 */
public final class CronLock {

    /** For {@code @SchedulerLock(lockAtLeastFor = CronLock.AT_LEAST_FOR)} on every cron job. */
    public static final String AT_LEAST_FOR = "${custodes.scheduling.cron-lock-at-least-for:PT1M}";

    private CronLock() {
    }
}
