package org.borderledger.benchmark;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/** Concurrent clients that share a numbered list of tasks, each taking the next one when it is done. */
final class Clients {

    private Clients() {
    }

    /** Runs {@code task} for 0 to {@code count - 1} from {@code clients} threads; returns the wall time of the whole. */
    static Duration run(int clients, int count, IntConsumer task) {
        AtomicInteger next = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        try {
            long start = System.nanoTime();
            var running = IntStream.range(0, clients).mapToObj(client -> threads.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    task.accept(i);
                }
            })).toList();
            for (Future<?> client : running) {
                client.get();
            }
            return Duration.ofNanos(System.nanoTime() - start);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A benchmark client failed: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the clients ran", e);
        } finally {
            threads.shutdownNow();
        }
    }

    /** Sleeps as a client that waits before its next request. */
    static void pause(Duration pause) {
        if (pause.isZero()) {
            return;
        }
        try {
            Thread.sleep(pause.toMillis(), pause.toNanosPart() % 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while pausing", e);
        }
    }

    /** Runs {@code action}, adds its duration to {@code latencies} and returns it in nanoseconds. */
    static long timed(Latencies latencies, Runnable action) {
        long start = System.nanoTime();
        action.run();
        long elapsed = System.nanoTime() - start;
        latencies.add(elapsed);
        return elapsed;
    }
}
