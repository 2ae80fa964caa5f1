package org.custodes.platform;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Optional;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * ShedLock's lock provider, with a record in {@code platform.job_run} of each run it lets happen: the job, the node
 * and when it started and finished. A run that does not get the lock leaves no row, so the table shows which node did
 * the work and that no two runs of a job overlapped. Times come from the database, the clock the locks use too.
 */
final class JobRunLog implements LockProvider {

    /** Long enough to see a week of runs; the relay alone writes about 17,000 rows a day. */
    static final String KEPT = "7 days";

    private final LockProvider locks;
    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final String node;

    JobRunLog(LockProvider locks, DataSource dataSource, String node) {
        this.locks = locks;
        this.jdbc = JdbcClient.create(dataSource);
        // The record must commit on its own, never with (or be rolled back by) a transaction of the job.
        this.ownTransaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.node = node;
    }

    /** This JVM as the JDK names it: {@code pid@host}, which tells apart two nodes on one host. */
    static String thisNode() {
        return ManagementFactory.getRuntimeMXBean().getName();
    }

    @Override
    public Optional<SimpleLock> lock(LockConfiguration configuration) {
        var lock = locks.lock(configuration);
        if (lock.isEmpty()) {
            return lock;
        }
        long run;
        try {
            run = ownTransaction.execute(status -> jdbc.sql("""
                    insert into platform.job_run (job_name, node, started_at) values (:job, :node, clock_timestamp())
                    returning id
                    """).param("job", configuration.getName()).param("node", node).query(Long.class).single());
        } catch (RuntimeException e) {
            // Without its record the run does not happen, and the lock is not left held until lockAtMostFor.
            lock.get().unlock();
            throw e;
        }
        return Optional.of(new RecordedLock(lock.get(), configuration.getName(), run));
    }

    private final class RecordedLock implements SimpleLock {

        private final SimpleLock lock;
        private final String job;
        private final long run;

        RecordedLock(SimpleLock lock, String job, long run) {
            this.lock = lock;
            this.job = job;
            this.run = run;
        }

        @Override
        public void unlock() {
            try {
                // Finished before the lock is released, so the next run on any node starts after this one ended.
                ownTransaction.executeWithoutResult(status -> {
                    jdbc.sql("update platform.job_run set finished_at = clock_timestamp() where id = :id")
                            .param("id", run).update();
                    jdbc.sql("delete from platform.job_run where job_name = :job and started_at < clock_timestamp() - cast(:kept as interval)")
                            .param("job", job).param("kept", KEPT).update();
                });
            } finally {
                lock.unlock();
            }
        }

        @Override
        public Optional<SimpleLock> extend(Duration lockAtMostFor, Duration lockAtLeastFor) {
            return lock.extend(lockAtMostFor, lockAtLeastFor).map(extended -> new RecordedLock(extended, job, run));
        }
    }
}
