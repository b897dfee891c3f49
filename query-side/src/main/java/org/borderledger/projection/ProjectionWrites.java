package org.borderledger.projection;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Holds each projection's writes for the batch being handled and runs them, as JDBC batches, when
 * the batch prepares to commit: a processor batch of hundreds of events costs a few dozen round
 * trips instead of one or more per event.
 * <p>
 * A write can fail only then, after every handler has returned, too late for Axon's dead-letter
 * queue to park the event that caused it. So the flush runs in a savepoint; if it fails, the
 * batch's events are written again one by one, each in a savepoint, to find the failing ones, and
 * the batch fails. The processor rolls it back and handles it again; this time the failing event's
 * handler fails when it queues its first write, with the cause its write had, so the processor's
 * dead-lettering invoker parks it (and, keeping its own account, the later events of its
 * consignment) and the rest of the batch lands. Parking through the invoker, never beside it, is
 * what lets the invoker cache which sequences are parked instead of asking the queue for every
 * event. Outside a processor batch (a dead letter being retried) a failure just propagates: the
 * retry fails and the letter stays.
 */
@Component
public class ProjectionWrites {

    private static final Logger log = LoggerFactory.getLogger(ProjectionWrites.class);
    private static final String PENDING = ProjectionWrites.class.getName() + "/pending/";
    private static final String STATE = ProjectionWrites.class.getName() + "/state/";

    /** Why an event's writes failed at a flush, by processing group and event id, until it is handled again. */
    private final Map<String, RuntimeException> failedWrites = new ConcurrentHashMap<>();

    private final JdbcTemplate jdbc;
    private final TransactionTemplate savepoint;
    // The processors are built from the projections that use this class: looked up when needed.
    private final ObjectProvider<EventProcessingConfiguration> processing;

    ProjectionWrites(JdbcTemplate jdbc, PlatformTransactionManager transactions,
            ObjectProvider<EventProcessingConfiguration> processing) {
        this.jdbc = jdbc;
        this.processing = processing;
        savepoint = new TransactionTemplate(transactions);
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** The writer a projection of this processing group writes through. */
    public ProjectionWriter writer(String processingGroup) {
        return new ProjectionWriter(processingGroup, this);
    }

    void add(String processingGroup, PendingWrite write) {
        RuntimeException failedBefore = failedWrites.remove(processingGroup + "/" + write.event().getIdentifier());
        if (failedBefore != null) {
            throw failedBefore;
        }
        UnitOfWork<?> batch = batch();
        batch.getOrComputeResource(PENDING + processingGroup, key -> {
            PendingWrites pending = new PendingWrites();
            boolean processorBatch = batch instanceof BatchingUnitOfWork;
            batch.onPrepareCommit(unitOfWork -> flush(processingGroup, pending, processorBatch));
            return pending;
        }).add(write);
    }

    <T> T batchState(String processingGroup, Function<List<? extends EventMessage<?>>, T> create) {
        UnitOfWork<?> batch = batch();
        return batch.getOrComputeResource(STATE + processingGroup, key -> create.apply(messages(batch)));
    }

    /** The event being handled. */
    static EventMessage<?> currentEvent() {
        return (EventMessage<?>) CurrentUnitOfWork.get().getMessage();
    }

    /** The processor's batch if the event is handled in one, else the event's own unit of work. */
    private static UnitOfWork<?> batch() {
        UnitOfWork<?> current = CurrentUnitOfWork.get();
        return current.root() instanceof BatchingUnitOfWork<?> batch ? batch : current;
    }

    private static List<? extends EventMessage<?>> messages(UnitOfWork<?> batch) {
        List<?> messages = batch instanceof BatchingUnitOfWork<?> batching ? batching.getMessages() : List.of(batch.getMessage());
        return messages.stream().map(message -> (EventMessage<?>) message).toList();
    }

    private void flush(String processingGroup, PendingWrites pending, boolean processorBatch) {
        if (!processorBatch) {
            run(pending.levels());
            return;
        }
        // The batch's rows and its token commit together and can be handled again from the store: a
        // crash may lose the last batches whole, never half of one, so the commit need not wait for
        // the WAL to reach disk (the profile showed the projections' threads waiting there most).
        jdbc.execute("SET LOCAL synchronous_commit TO OFF");
        try {
            savepoint.executeWithoutResult(status -> run(pending.levels()));
        } catch (RuntimeException failure) {
            if (processing.getObject().deadLetterQueue(processingGroup).isPresent()) {
                log.warn("A batch of {} failed to write ({}); finding the failing events, then handling the batch again",
                        processingGroup, failure.toString());
                findFailingEvents(processingGroup, pending);
            }
            throw failure;
        }
    }

    /** Writes each event of the batch alone, in event order, and keeps why the first failing one of each sequence failed. */
    private void findFailingEvents(String processingGroup, PendingWrites pending) {
        Set<Object> failedSequences = new HashSet<>();
        for (List<PendingWrite> writes : pending.byEvent()) {
            EventMessage<?> event = writes.get(0).event();
            Object sequence = sequenceOf(processingGroup, event);
            if (failedSequences.contains(sequence)) {
                continue;
            }
            try {
                savepoint.executeWithoutResult(status -> run(PendingWrites.levels(writes)));
            } catch (RuntimeException failure) {
                failedSequences.add(sequence);
                failedWrites.put(processingGroup + "/" + event.getIdentifier(), failure);
            }
        }
    }

    private Object sequenceOf(String processingGroup, EventMessage<?> event) {
        return Objects.requireNonNullElseGet(
                processing.getObject().sequencingPolicy(processingGroup).getSequenceIdentifierFor(event),
                event::getIdentifier);
    }

    private void run(List<Map<String, List<Object[]>>> levels) {
        levels.forEach(level -> level.forEach(jdbc::batchUpdate));
    }
}
