package org.borderledger.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.borderledger.actor.api.Actor;
import org.borderledger.consignment.api.ConsignmentRejectedException;
import org.borderledger.consignment.api.RejectionCode;

/**
 * Runs races of commands on a pool of threads: every race's commands wait for each other at a barrier
 * and then go out together, and no race starts before all threads are ready, so that the commands
 * really meet at the aggregate rather than queue up one after the other.
 */
public final class Races {

    private static final long BARRIER_TIMEOUT_SECONDS = 30;

    private Races() {
    }

    /** One command sent as one person. */
    public record Sent(Object command, Actor actor) {
    }

    /** The commands that race each other on one consignment. */
    public record Race(String consignmentId, List<Sent> contenders) {
    }

    /** What became of one sent command: {@code refusal} is null when it was accepted. */
    public record Attempt(String consignmentId, Sent sent, RejectionCode refusal, String message,
                          Map<String, String> details) {

        public boolean accepted() {
            return refusal == null;
        }
    }

    /**
     * Runs every race on {@code threads} threads and returns each command's attempt, in the order of
     * the races and their contenders. A failure other than a refusal by the domain fails the caller.
     */
    public static List<Attempt> run(Commands commands, List<Race> races, int threads) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Attempt>> results = new ArrayList<>();
            // Contenders are queued side by side and the pool takes its queue in order, so a race's
            // barrier always finds its other contenders on a free thread soon: no deadlock.
            for (Race race : races) {
                CyclicBarrier together = new CyclicBarrier(race.contenders().size());
                for (Sent sent : race.contenders()) {
                    results.add(pool.submit(() -> {
                        start.await();
                        together.await(BARRIER_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                        return attempt(commands, race.consignmentId(), sent);
                    }));
                }
            }
            start.countDown();
            List<Attempt> attempts = new ArrayList<>();
            for (Future<Attempt> result : results) {
                attempts.add(outcome(result));
            }
            return attempts;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Attempt attempt(Commands commands, String consignmentId, Sent sent) {
        try {
            commands.send(sent.command(), sent.actor());
            return new Attempt(consignmentId, sent, null, null, Map.of());
        } catch (ConsignmentRejectedException refused) {
            return new Attempt(consignmentId, sent, refused.code(), refused.getMessage(), refused.details());
        }
    }

    private static Attempt outcome(Future<Attempt> result) throws InterruptedException {
        try {
            return result.get();
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof BrokenBarrierException || failed.getCause() instanceof TimeoutException) {
                throw new AssertionError("A race's contenders never met at their barrier", failed.getCause());
            }
            throw new AssertionError("A command failed otherwise than by a refusal", failed.getCause());
        }
    }
}
