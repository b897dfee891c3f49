package org.borderledger.benchmark;

import java.time.Duration;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.borderledger.projection.ProjectionReplay;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Rebuilds projections as an administrator's rebuild does (processors stopped, one pass over the store,
 * processors started again at its end) or as a processor replays by itself (its tokens reset), and
 * waits until they have handled every stored event again.
 */
// Named apart from the query side's executor bean "projectionRebuilds" (RebuildConfiguration).
@Component("benchmarkProjectionRebuilds")
class ProjectionRebuilds {

    private static final Duration LIMIT = Duration.ofMinutes(30);
    private static final Duration POLL = Duration.ofMillis(20);

    private final EventProcessingConfiguration processing;
    private final ProjectionReplay replay;
    private final JdbcTemplate jdbc;

    ProjectionRebuilds(EventProcessingConfiguration processing, ProjectionReplay replay, JdbcTemplate jdbc) {
        this.processing = processing;
        this.replay = replay;
        this.jdbc = jdbc;
    }

    /** The processing groups of every streaming processor: the projections and the re-screening process. */
    List<String> projections() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(processor -> processor.getName()).sorted().toList();
    }

    /**
     * Waits until every projection has handled every stored event (after the store was filled), and the
     * ledger has sealed them: sealing a filled store hashes every event again, in the background, and
     * a measurement started meanwhile shares the machine with it (the raw reads ran at half speed).
     */
    void awaitCaughtUp(long head) {
        projections().forEach(group -> await(processor(group), head));
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (jdbc.queryForObject("SELECT coalesce(max(global_index), -1) FROM ledger_entry", Long.class) < head) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The ledger did not seal event " + head + " in " + LIMIT);
            }
            Clients.pause(POLL);
        }
    }

    /** Rebuilds the projections in one pass over the whole store and returns how long it took until they caught up again. */
    Duration fill(List<String> groups, long head) {
        long start = System.nanoTime();
        replay.rebuild(groups);
        groups.forEach(group -> await(processor(group), head));
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** Resets one processor's tokens and lets it replay the whole store by itself; returns how long it took. */
    Duration replayByProcessor(String group, long head) {
        StreamingEventProcessor processor = processor(group);
        processor.shutDown();
        long start = System.nanoTime();
        processor.resetTokens();
        processor.start();
        await(processor, head);
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** Stops every projection, releasing its claims, so that another process can take them over at once. */
    void stopAll() {
        projections().forEach(group -> processor(group).shutDown());
    }

    void startAll() {
        projections().forEach(group -> processor(group).start());
    }

    private StreamingEventProcessor processor(String group) {
        return processing.eventProcessor(group, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalArgumentException("No streaming processor " + group));
    }

    private static void await(StreamingEventProcessor processor, long head) {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (!done(processor, head)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(processor.getName() + " did not reach event " + head + " in " + LIMIT);
            }
            processor.processingStatus().values().stream().filter(EventTrackerStatus::isErrorState).findAny()
                    .ifPresent(failed -> {
                        throw new IllegalStateException(processor.getName() + " failed", failed.getError());
                    });
            Clients.pause(POLL);
        }
    }

    /**
     * The claimed segments cover the whole stream (a segment with mask m holds 1/(m+1) of it) and
     * each has handled the event at {@code head}, the store's highest global index.
     */
    private static boolean done(StreamingEventProcessor processor, long head) {
        var segments = processor.processingStatus().values();
        double covered = segments.stream().mapToDouble(status -> 1.0 / (status.getSegment().getMask() + 1)).sum();
        return covered > 0.999 && segments.stream().allMatch(status -> status.getCurrentPosition().orElse(-1) >= head);
    }
}
