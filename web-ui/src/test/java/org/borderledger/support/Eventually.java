package org.borderledger.support;

import java.time.Duration;

/**
 * Waits for an eventually consistent projection: repeats an assertion until it passes, and fails
 * with its last error once the bounded wait is over.
 */
public final class Eventually {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final long PAUSE_MS = 50;

    private Eventually() {
    }

    public static void assertThat(Runnable assertion) {
        assertThat(TIMEOUT, assertion);
    }

    /** The same with a wait of its own, for work that takes longer than a projection's catch-up (a replay, a restart). */
    public static void assertThat(Duration timeout, Runnable assertion) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
            }
            try {
                Thread.sleep(PAUSE_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting", e);
            }
        }
    }
}
