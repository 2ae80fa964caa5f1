package org.custodes.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.custodes.support.IntegrationTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Each run that wins the ShedLock lock leaves one row in platform.job_run; a refused attempt leaves none. */
@IntegrationTest
class JobRunLogIntegrationTests {

    record Run(String node, OffsetDateTime startedAt, @Nullable OffsetDateTime finishedAt) {
    }

    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;

    JobRunLog log(String node) {
        return new JobRunLog(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).withTableName("platform.shedlock").usingDbTime().build()),
                dataSource, node);
    }

    static LockConfiguration job(String name) {
        return new LockConfiguration(Instant.now(), name, Duration.ofMinutes(5), Duration.ZERO);
    }

    List<Run> runs(String job) {
        return jdbc.sql("select node, started_at, finished_at from platform.job_run where job_name = :job order by id")
                .param("job", job).query(Run.class).list();
    }

    @Test
    void aRunIsRecordedOpenWhileItWorksAndClosedWhenItEndsAndTheOtherNodeIsRefusedWithoutARecord() {
        var name = "test-" + UUID.randomUUID().toString().substring(0, 8);
        var first = log("node-a");
        var second = log("node-b");
        new DefaultLockingTaskExecutor(first).executeWithLock((Runnable) () -> {
            assertThat(runs(name)).singleElement().satisfies(run -> {
                assertThat(run.node()).isEqualTo("node-a");
                assertThat(run.finishedAt()).isNull();
            });
            assertThat(second.lock(job(name))).isEmpty();
        }, job(name));

        assertThat(runs(name)).singleElement().satisfies(run -> {
            assertThat(run.node()).isEqualTo("node-a");
            assertThat(run.finishedAt()).isNotNull().isAfterOrEqualTo(run.startedAt());
        });

        new DefaultLockingTaskExecutor(second).executeWithLock((Runnable) () -> { }, job(name));
        assertThat(runs(name)).extracting(Run::node).containsExactly("node-a", "node-b");
        assertThat(runs(name).get(1).startedAt()).isAfterOrEqualTo(runs(name).get(0).finishedAt());
    }

    @Test
    void aFailingRunIsClosedAndReleasesTheLock() {
        var name = "test-" + UUID.randomUUID().toString().substring(0, 8);
        var node = log("node-a");
        assertThatThrownBy(() -> new DefaultLockingTaskExecutor(node).executeWithLock((Runnable) () -> {
            throw new IllegalStateException("the job failed");
        }, job(name))).hasMessage("the job failed");

        assertThat(runs(name)).singleElement().extracting(Run::finishedAt).isNotNull();
        assertThat(log("node-b").lock(job(name))).isPresent().get().satisfies(lock -> lock.unlock());
        assertThat(runs(name)).hasSize(2);
    }

    @Test
    void runsOlderThanAWeekArePrunedWhenTheJobNextFinishes() {
        var name = "test-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("insert into platform.job_run (job_name, node, started_at, finished_at) values (:job, 'old', now() - interval '8 days', now() - interval '8 days')")
                .param("job", name).update();
        new DefaultLockingTaskExecutor(log("node-a")).executeWithLock((Runnable) () -> { }, job(name));
        assertThat(runs(name)).extracting(Run::node).containsExactly("node-a");
    }
}
