package org.custodes.directory;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.Callable;

import org.custodes.shared.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Waits for what an asynchronous listener does, polling rather than sleeping. */
final class FixturesWait {

    private FixturesWait() {
    }

    static void until(Callable<Boolean> condition) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(condition);
    }

    /**
     * Waits until every event publication that mentions the organisation has been handled by its listeners, so a
     * test does not race listeners that run concurrently.
     */
    static void untilEventsHandled(JdbcClient jdbc, OrganisationId organisation) {
        until(() -> jdbc.sql("select count(*) from event_publication where completion_date is null"
                        + " and serialized_event like :id")
                .param("id", "%" + organisation.value() + "%").query(Long.class).single() == 0);
    }
}
