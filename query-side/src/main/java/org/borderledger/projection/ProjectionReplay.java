package org.borderledger.projection;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.borderledger.projection.EventStoreScan.Batch;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.EventProcessorProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Fills projections from the whole event store in one pass: each stored event is read once and
 * deserialised once, whichever and however many projections are being filled, and each projection's
 * handlers take the shared messages in batches of {@value #BATCH_SIZE} on threads of their own (a
 * projection split in segments as its processor is, while there are cores to spare), in a
 * transaction per batch, through the processor's own handlers, interceptors and dead-letter queue.
 * A processor replaying by itself reads and deserialises every event for itself, 100 at a time, and
 * its coordinator walks its work queues for every event read (docs/performance.md, "Where a
 * rebuild's time goes").
 * <p>
 * The processors being filled must not run meanwhile (their tokens are deleted at the start, with the
 * projections' reset handlers emptying their tables, in one transaction). At the end each processor
 * gets its segments back, at the position the pass reached, and goes on from there when started. If
 * the pass fails, the projections are emptied again and left without tokens: a processor started
 * then replays everything by itself, the slow way, but from a clean start.
 * <p>
 * Passes are serialised across instances by a PostgreSQL advisory lock, held for the whole pass.
 */
@Component
public class ProjectionReplay {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectionReplay.class);
    private static final int BATCH_SIZE = 1_000;
    /** Batches read ahead of the slowest projection: bounds memory at a few thousand events. */
    private static final int READ_AHEAD = 4;
    /** The advisory lock key: a pass over the store ("replay" in ASCII). */
    private static final long LOCK = 0x7265706c6179L;
    private static final CompletableFuture<Batch> END = CompletableFuture.completedFuture(new Batch(List.of(), -1));

    private final EventProcessingConfiguration processing;
    private final EventProcessorProperties processorProperties;
    private final TokenStore tokenStore;
    private final TransactionManager transactions;
    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final org.axonframework.config.Configuration axon;
    private final Executor workers;
    private final Executor deserialisers;
    private final Map<String, AtomicLong> progress = new ConcurrentHashMap<>();

    ProjectionReplay(EventProcessingConfiguration processing, EventProcessorProperties processorProperties,
                     TokenStore tokenStore, TransactionManager transactions, DataSource dataSource, JdbcTemplate jdbc,
                     @Qualifier("eventSerializer") Serializer serializer, org.axonframework.config.Configuration axon,
                     @Qualifier(RebuildConfiguration.REPLAY_WORKERS) Executor workers,
                     @Qualifier(RebuildConfiguration.DESERIALISERS) Executor deserialisers) {
        this.processing = processing;
        this.processorProperties = processorProperties;
        this.tokenStore = tokenStore;
        this.transactions = transactions;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.axon = axon;
        this.workers = workers;
        this.deserialisers = deserialisers;
    }

    /**
     * Empties the given processing groups' projections and fills them from every stored event.
     * {@code asReplay} marks the events as replayed (a rebuild: handlers see {@code ReplayStatus.REPLAY});
     * without it they are handled as a processor's first run would handle them.
     *
     * @return the highest global index handled, -1 for an empty store
     */
    public long fill(Collection<String> processingGroups, boolean asReplay) {
        List<Target> targets = processingGroups.stream().map(this::target).toList();
        return underLock(connection -> fill(targets, asReplay, connection));
    }

    /**
     * Rebuilds the groups' projections on this instance: stops their processors, fills the projections in one
     * pass as a replay, and starts the processors again, from the pass's end or, if it failed, from the start.
     *
     * @return the highest global index handled, -1 for an empty store
     */
    public long rebuild(Collection<String> processingGroups) {
        List<StreamingEventProcessor> processors = processingGroups.stream()
                .map(group -> processing.eventProcessor(group, StreamingEventProcessor.class)
                        .orElseThrow(() -> new IllegalArgumentException("No streaming processor " + group)))
                .toList();
        CompletableFuture.allOf(processors.stream().map(StreamingEventProcessor::shutdownAsync)
                .toArray(CompletableFuture[]::new)).join();
        try {
            return fill(processingGroups, true);
        } finally {
            processors.forEach(StreamingEventProcessor::start);
        }
    }

    /**
     * The processing groups among the given ones that have no segments in the token store, checked
     * while no other instance fills projections, and filled as one pass if any.
     */
    List<String> fillThoseWithoutTokens(Collection<String> processingGroups) {
        return underLock(connection -> {
            List<Target> targets = processingGroups.stream()
                    .filter(group -> tokenStore.fetchSegments(group).length == 0).map(this::target).toList();
            if (!targets.isEmpty()) {
                fill(targets, false, connection);
            }
            return targets.stream().map(Target::group).toList();
        });
    }

    /**
     * Runs the work on a connection of its own (never a transaction's: the scan sets its own isolation)
     * that holds the passes' advisory lock meanwhile.
     */
    private <T> T underLock(ConnectionCallback<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            lock(connection);
            try {
                return work.doInConnection(connection);
            } finally {
                unlock(connection);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the event store", e);
        }
    }

    /** How far a fill under way has come for the group: the global index of its last handled batch. */
    OptionalLong position(String processingGroup) {
        AtomicLong position = progress.get(processingGroup);
        return position == null ? OptionalLong.empty() : OptionalLong.of(position.get());
    }

    private long fill(List<Target> targets, boolean asReplay, Connection connection) throws SQLException {
        transactions.executeInTransaction(() -> targets.forEach(this::reset));
        targets.forEach(target -> progress.put(target.group(), new AtomicLong()));
        // Threads beyond the cores only wait for each other and for PostgreSQL.
        int threadsEach = Math.max(1, Runtime.getRuntime().availableProcessors() / targets.size());
        List<Worker> running = targets.stream().flatMap(target -> target.parts(threadsEach).stream()
                .map(part -> new Worker(target, part))).toList();
        long started = System.nanoTime();
        try {
            EventStoreScan scan = new EventStoreScan(serializer, axon.upcasterChain(), asReplay, BATCH_SIZE);
            Predicate<Class<?>> wanted = type -> targets.stream().anyMatch(target -> target.wants(type));
            running.forEach(workers::execute);
            try {
                scan.read(connection, rows -> {
                    CompletableFuture<Batch> batch =
                            CompletableFuture.supplyAsync(() -> scan.messages(rows, wanted), deserialisers);
                    running.forEach(worker -> worker.put(batch));
                });
            } finally {
                running.forEach(worker -> worker.put(END));
                running.forEach(Worker::await);
            }
            running.forEach(Worker::rethrow);
            TrackingToken handover = scan.handover();
            transactions.executeInTransaction(() -> targets.forEach(
                    target -> tokenStore.initializeTokenSegments(target.group(), target.segments(), handover)));
            LOG.info("Filled {} from {} stored events in {} ms", targets.stream().map(Target::group).toList(),
                    scan.head() + 1, (System.nanoTime() - started) / 1_000_000);
            analyze(targets);
            return scan.head();
        } catch (RuntimeException | SQLException e) {
            // Half-filled tables under a processor without tokens would be replayed onto: empty them.
            transactions.executeInTransaction(() -> targets.forEach(this::reset));
            throw e;
        } finally {
            running.forEach(Worker::release);
            targets.forEach(target -> progress.remove(target.group()));
        }
    }

    /**
     * Tables emptied and filled again within minutes, faster than autovacuum notices (or at all where it is
     * off), have no planner statistics: the console's list then sorted a whole border post for each page
     * (docs/performance.md). A pass therefore ends with {@code ANALYZE}; a failure to analyze is only logged.
     */
    private void analyze(List<Target> targets) {
        try {
            jdbc.execute("ANALYZE");
        } catch (DataAccessException e) {
            LOG.warn("{} are filled, but the database could not be analyzed: {}",
                    targets.stream().map(Target::group).toList(), e.getMessage());
        }
    }

    /** The projection's reset handlers empty its tables (and its dead letters); its tokens go. */
    private void reset(Target target) {
        jdbc.update("DELETE FROM tokenentry WHERE processorname = ?", target.group());
        target.invoker().performReset();
    }

    private Target target(String group) {
        AbstractEventProcessor processor = processing.eventProcessor(group, AbstractEventProcessor.class)
                .orElseThrow(() -> new IllegalArgumentException("No event processor " + group));
        int segments = tokenStore.fetchSegments(group).length;
        if (segments == 0) {
            EventProcessorProperties.ProcessorSettings settings = processorProperties.getProcessors().get(group);
            Integer configured = settings == null ? null : settings.getInitialSegmentCount();
            // Unset, Axon gives a pooled processor 16 segments and a tracking one 1.
            segments = configured != null ? configured : processor instanceof PooledStreamingEventProcessor ? 16 : 1;
        }
        return new Target(group, processor.eventHandlerInvoker(), processor.getHandlerInterceptors(), segments);
    }

    private static void lock(Connection connection) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT pg_advisory_lock(?)")) {
            statement.setLong(1, LOCK);
            statement.execute();
        }
    }

    private static void unlock(Connection connection) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            statement.setLong(1, LOCK);
            statement.execute();
        }
    }

    /** A processor being filled; which payload types its handlers take is asked once per type. */
    record Target(String group, EventHandlerInvoker invoker,
                  List<MessageHandlerInterceptor<? super EventMessage<?>>> interceptors, int segments,
                  Map<Class<?>, Boolean> handledTypes) {

        Target(String group, EventHandlerInvoker invoker, List<MessageHandlerInterceptor<? super EventMessage<?>>> interceptors,
               int segments) {
            this(group, invoker, interceptors, segments, new ConcurrentHashMap<>());
        }

        /**
         * The segments its pass is split into, a thread each: as many as the processor has, up to the given
         * number. A consignment's events stay in one, in order, as in the processor; a processor on one segment
         * (the re-screening process, which must see every event in store order) keeps one.
         */
        List<Segment> parts(int atMost) {
            return Segment.splitBalanced(Segment.ROOT_SEGMENT, Math.min(segments, atMost) - 1);
        }

        boolean wants(Class<?> payloadType) {
            return handledTypes.computeIfAbsent(payloadType, invoker::canHandleType);
        }
    }

    /** One projection's side of the pass: takes the shared batches in order and handles what its handlers take. */
    /** One projection's part of the pass: takes the shared batches in order and handles what its handlers take in its segment. */
    private final class Worker implements Runnable {

        private final Target target;
        private final Segment segment;
        private final BlockingQueue<CompletableFuture<Batch>> batches =
                new ArrayBlockingQueue<>(READ_AHEAD);
        private final CompletableFuture<Void> done = new CompletableFuture<>();
        private volatile RuntimeException failure;

        Worker(Target target, Segment segment) {
            this.target = target;
            this.segment = segment;
        }

        void put(CompletableFuture<Batch> batch) {
            try {
                batches.put(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while filling " + target.group(), e);
            }
        }

        void await() {
            done.join();
        }

        /** What the invoker keeps for the segment (which consignments it has parked) goes with the pass. */
        void release() {
            target.invoker().segmentReleased(segment);
        }

        void rethrow() {
            if (failure != null) {
                throw failure;
            }
        }

        @Override
        public void run() {
            try {
                for (var batch = batches.take(); batch != END; batch = batches.take()) {
                    // After a failure the rest is only drained, so that the reader never waits on this worker.
                    if (failure == null) {
                        handle(batch.join());
                    }
                }
            } catch (RuntimeException e) {
                failure = e;
                drain();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = new IllegalStateException("Interrupted while filling " + target.group(), e);
            } finally {
                done.complete(null);
            }
        }

        private void drain() {
            try {
                while (batches.take() != END) {
                    // discarded
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /**
         * A batch whose writes fail at commit is handled again: the failing event's handler then fails at
         * once and the dead-letter queue parks it, as in a processor ({@link ProjectionWrites}).
         */
        private void handle(Batch batch) {
            List<TrackedEventMessage<?>> handled = new ArrayList<>(batch.messages().size());
            for (TrackedEventMessage<?> message : batch.messages()) {
                if (target.wants(message.getPayloadType()) && target.invoker().canHandle(message, segment)) {
                    handled.add(message);
                }
            }
            if (!handled.isEmpty()) {
                ResultMessage<?> result = inBatch(handled);
                if (result.isExceptional()) {
                    LOG.warn("A batch of {} failed ({}); handling it again", target.group(), result.exceptionResult().toString());
                    result = inBatch(handled);
                }
                if (result.isExceptional()) {
                    throw new IllegalStateException("A batch of " + target.group() + " failed twice", result.exceptionResult());
                }
            }
            progress.get(target.group()).set(batch.endsAt());
        }

        /**
         * The tables being filled grow from empty faster than their statistics follow, and a planner that
         * believes them empty reads a batch's rows by scanning the whole table: the re-screening process's
         * pass at 1,000,000 events waited 124 of its 146 s there. Every statement of a pass finds its rows
         * by key, so its batches forbid the scan.
         */
        private ResultMessage<?> inBatch(List<TrackedEventMessage<?>> messages) {
            BatchingUnitOfWork<TrackedEventMessage<?>> batch = new BatchingUnitOfWork<>(messages);
            batch.attachTransaction(transactions);
            return batch.executeWithResult(() -> {
                if (batch.isFirstMessage()) {
                    jdbc.execute("SET LOCAL enable_seqscan TO off");
                }
                return new DefaultInterceptorChain<>(batch, target.interceptors(), message -> {
                    target.invoker().handle(message, segment);
                    return null;
                }).proceed();
            }, RollbackConfigurationType.ANY_THROWABLE);
        }
    }
}
