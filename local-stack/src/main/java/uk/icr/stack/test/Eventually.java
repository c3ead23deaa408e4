package uk.icr.stack.test;

import java.time.Duration;
import java.time.Instant;

/** For effects that follow an event through the broker: retries an assertion until it holds or time is up. */
public final class Eventually {

    private Eventually() {
    }

    public static void assertThat(Duration within, Runnable assertion) {
        Instant deadline = Instant.now().plus(within);
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError e) {
                if (Instant.now().isAfter(deadline)) {
                    throw e;
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
