package org.custodes.directory;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.Callable;

/** Waits for what an asynchronous listener does, polling rather than sleeping. */
final class FixturesWait {

    private FixturesWait() {
    }

    static void until(Callable<Boolean> condition) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(condition);
    }
}
