package org.borderledger.access;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.borderledger.access.api.AccessAction;
import org.borderledger.access.api.AccessEntry;
import org.borderledger.access.api.AccessLog;
import org.borderledger.actor.api.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the access log off the request threads: {@link #record} puts the entry in a bounded queue,
 * and one writer thread inserts what it finds in JDBC batches, each as soon as it holds
 * {@code batch-size} entries or {@code flush-interval} after its first one. Stopping writes what is
 * queued; an entry recorded before the start or after the stop is written on the caller's thread.
 * <p>
 * A full queue (the database far behind or away) makes {@link #record} wait up to
 * {@code offer-timeout}; after that the entry is not queued but written, whole, to the application
 * log at ERROR and counted in {@link #dropped()}, so a page is never held up for long and no access
 * disappears silently. Every entry is made {@link StorableEntry storable} first, whatever was typed. A
 * batch the database cannot take (away, or the connection lost) is tried again a few times, then
 * logged the same way; a batch it refuses for what it holds is halved until the entry at fault is
 * alone, every other entry is stored, and a {@link StorableEntry#standIn stand-in} takes the refused
 * one's place. Each of these is counted in {@value AccessLog#FAILURES}, tagged with its {@link Failure kind}.
 */
@Component
@EnableConfigurationProperties(AccessLogProperties.class)
class AccessLogWriter implements AccessLog, SmartLifecycle {

    /** Stops after the web server (which stops at a higher phase), so that the last pages' entries are written. */
    static final int PHASE = Integer.MIN_VALUE + 1000;

    private static final Logger log = LoggerFactory.getLogger(AccessLogWriter.class);
    private static final String INSERT = "INSERT INTO access_log (at, user_id, role, border_post, action, consignment_id,"
            + " export_kind, criteria, path, result_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)";
    /** Placed in the queue by {@link #stop()}: everything before it is written, then the thread ends. */
    private static final AccessEntry STOP = new AccessEntry(Instant.EPOCH, Actor.SYSTEM, AccessAction.VIEW, null, null,
            null, "", null);
    private static final int ATTEMPTS = 3;
    private static final Duration PAUSE_BEFORE_RETRY = Duration.ofSeconds(1);

    private final JdbcTemplate jdbc;
    private final AsyncTaskExecutor writerThread;
    private final BlockingQueue<AccessEntry> queue;
    private final int batchSize;
    private final Duration flushInterval;
    private final Duration offerTimeout;
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong batches = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final Map<Failure, Counter> failures = new EnumMap<>(Failure.class);
    private final Counter recorded;
    private volatile Future<?> writer;

    /** Why an entry was not stored as recorded. */
    enum Failure {
        /** The queue was full: the entry went to the application log only. */
        QUEUE_FULL,
        /** The database could not be reached in {@value #ATTEMPTS} attempts: the entry went to the application log only. */
        DATABASE_UNAVAILABLE,
        /** The database refused the entry: a stand-in was stored, the entry went to the application log. */
        ENTRY_REFUSED,
        /** The database refused the entry and its stand-in: the entry went to the application log only. */
        STAND_IN_REFUSED;

        String tag() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    @Autowired
    AccessLogWriter(JdbcTemplate jdbc, MeterRegistry meters,
                    @Qualifier(AccessLogConfiguration.WRITER_THREAD) AsyncTaskExecutor writerThread,
                    AccessLogProperties properties) {
        this(jdbc, meters, writerThread, properties.queueCapacity(), properties.batchSize(), properties.flushInterval(),
                properties.offerTimeout());
    }

    AccessLogWriter(JdbcTemplate jdbc, MeterRegistry meters, AsyncTaskExecutor writerThread, int capacity, int batchSize,
                    Duration flushInterval, Duration offerTimeout) {
        this.jdbc = jdbc;
        this.writerThread = writerThread;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.batchSize = batchSize;
        this.flushInterval = flushInterval;
        this.offerTimeout = offerTimeout;
        this.recorded = Counter.builder(AccessLog.RECORDED).description("Access-log entries recorded").register(meters);
        for (Failure failure : Failure.values()) {
            failures.put(failure, Counter.builder(AccessLog.FAILURES).tag("kind", failure.tag())
                    .description("Access-log entries not stored as recorded").register(meters));
        }
    }

    @Override
    public void record(AccessEntry entry) {
        recorded.increment();
        if (writer == null) {
            write(List.of(entry));
            return;
        }
        try {
            if (queue.offer(entry, offerTimeout.toNanos(), TimeUnit.NANOSECONDS)) {
                return;
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        lost(List.of(entry), "the queue of " + (queue.size() + queue.remainingCapacity()) + " entries is full",
                Failure.QUEUE_FULL);
    }

    @Override
    public synchronized void start() {
        if (writer == null) {
            writer = writerThread.submit(this::drain);
        }
    }

    /** Writes everything queued so far, then ends the writer thread; later entries are written at once. */
    @Override
    public synchronized void stop() {
        Future<?> running = writer;
        if (running == null) {
            return;
        }
        try {
            queue.put(STOP);
            running.get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException failed) {
            log.error("The access-log writer failed", failed.getCause());
        } finally {
            writer = null;
            // A page that queued its entry just as the writer stopped: write it here rather than leave it.
            List<AccessEntry> late = new ArrayList<>();
            queue.drainTo(late);
            write(late);
        }
    }

    @Override
    public boolean isRunning() {
        return writer != null;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    long written() {
        return written.get();
    }

    long batches() {
        return batches.get();
    }

    long dropped() {
        return dropped.get();
    }

    private void drain() {
        List<AccessEntry> batch = new ArrayList<>(batchSize);
        try {
            AccessEntry next;
            do {
                next = queue.take();
                long deadline = System.nanoTime() + flushInterval.toNanos();
                while (next != STOP && next != null) {
                    batch.add(next);
                    long left = deadline - System.nanoTime();
                    if (batch.size() >= batchSize || left <= 0) {
                        break;
                    }
                    next = queue.poll(left, TimeUnit.NANOSECONDS);
                }
                write(batch);
                batch.clear();
            } while (next != STOP);
        } catch (InterruptedException interrupted) {
            // Nobody interrupts this thread but its executor shut down in a hurry: write what is left as the stop would.
            queue.drainTo(batch);
            batch.remove(STOP);
            write(batch);
        }
    }

    private void write(List<AccessEntry> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<AccessEntry> storable = batch.stream().map(StorableEntry::of).toList();
        for (int attempt = 1; ; attempt++) {
            try {
                insert(storable);
                return;
            } catch (DataAccessException failed) {
                if (!unavailable(failed)) {
                    isolate(storable, failed);
                    return;
                }
                if (attempt == ATTEMPTS) {
                    log.error("The access log could not be written after {} attempts", ATTEMPTS, failed);
                    lost(storable, "the database could not be reached", Failure.DATABASE_UNAVAILABLE);
                    return;
                }
                log.warn("The access log could not be written (attempt {} of {}): {}", attempt, ATTEMPTS, failed.getMessage());
                pauseBeforeRetry();
            }
        }
    }

    /** Halves entries the database refused until the one at fault is alone, storing every other on the way. */
    private void isolate(List<AccessEntry> refused, DataAccessException why) {
        if (refused.size() == 1) {
            storeStandIn(refused.get(0), why);
            return;
        }
        int middle = refused.size() / 2;
        for (List<AccessEntry> half : List.of(refused.subList(0, middle), refused.subList(middle, refused.size()))) {
            try {
                insert(half);
            } catch (DataAccessException failed) {
                if (unavailable(failed)) {
                    lost(half, "the database went away while a refused batch was split", Failure.DATABASE_UNAVAILABLE);
                } else {
                    isolate(half, failed);
                }
            }
        }
    }

    private void storeStandIn(AccessEntry refused, DataAccessException why) {
        String cause = why.getMostSpecificCause().getMessage();
        try {
            insert(List.of(StorableEntry.standIn(refused, cause)));
            failures.get(Failure.ENTRY_REFUSED).increment();
            log.error("ACCESS LOG ENTRY STORED AS A STAND-IN (the database refused it: {}): {}", cause, refused);
        } catch (DataAccessException failed) {
            lost(List.of(refused), "the database refused it (" + cause + ") and its stand-in", Failure.STAND_IN_REFUSED);
        }
    }

    private void insert(List<AccessEntry> entries) {
        jdbc.batchUpdate(INSERT, entries, entries.size(), (statement, entry) -> {
            statement.setTimestamp(1, Timestamp.from(entry.at()));
            statement.setString(2, entry.actor().userId());
            statement.setString(3, entry.actor().role().name());
            statement.setString(4, entry.actor().borderPost());
            statement.setString(5, entry.action().name());
            statement.setString(6, entry.consignmentId());
            statement.setString(7, entry.exportKind());
            statement.setString(8, entry.criteria().isEmpty() ? null : json(entry));
            statement.setString(9, entry.path());
            statement.setObject(10, entry.resultCount());
        });
        written.addAndGet(entries.size());
        batches.incrementAndGet();
    }

    /** The database away or the connection lost: worth trying again, unlike a refusal of what the batch holds. */
    private static boolean unavailable(DataAccessException failed) {
        return failed instanceof TransientDataAccessException || failed instanceof DataAccessResourceFailureException
                || failed instanceof RecoverableDataAccessException;
    }

    private String json(AccessEntry entry) {
        try {
            return json.writeValueAsString(entry.criteria());
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("A map of strings is always JSON", impossible);
        }
    }

    private void lost(List<AccessEntry> entries, String why, Failure failure) {
        failures.get(failure).increment(entries.size());
        long total = dropped.addAndGet(entries.size());
        for (AccessEntry entry : entries) {
            log.error("ACCESS LOG ENTRY NOT STORED ({}; {} lost since start): {}", why, total, entry);
        }
    }

    private static void pauseBeforeRetry() {
        try {
            Thread.sleep(PAUSE_BEFORE_RETRY.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
