package org.borderledger.projection;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.ThrowableCause;
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
 * A write can fail only then, after every handler has returned, so Axon's dead-letter queue never
 * saw it. The flush therefore runs in a savepoint; if it fails, it is rolled back and the batch's
 * events are written again one by one, each in a savepoint of its own: an event that fails is
 * parked, with every later event of its sequence, as the processor would have parked it, and the
 * rest of the batch lands. Outside a processor batch (a dead letter being retried) a failure
 * propagates, so the retry fails as a whole and the letter stays.
 */
@Component
public class ProjectionWrites {

    private static final Logger log = LoggerFactory.getLogger(ProjectionWrites.class);
    private static final String PENDING = ProjectionWrites.class.getName() + "/pending/";
    private static final String STATE = ProjectionWrites.class.getName() + "/state/";

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
        try {
            savepoint.executeWithoutResult(status -> run(pending.levels()));
        } catch (RuntimeException failure) {
            SequencedDeadLetterQueue<EventMessage<?>> queue = processing.getObject().deadLetterQueue(processingGroup)
                    .orElseThrow(() -> failure);
            log.warn("A batch of {} failed to write ({}); writing its events one by one", processingGroup, failure.toString());
            writeOneByOne(processingGroup, pending, queue);
        }
    }

    private void writeOneByOne(String processingGroup, PendingWrites pending, SequencedDeadLetterQueue<EventMessage<?>> queue) {
        Set<Object> parked = new HashSet<>();
        for (List<PendingWrite> writes : pending.byEvent()) {
            EventMessage<?> event = writes.get(0).event();
            Object sequence = sequenceOf(processingGroup, event);
            if (parked.contains(sequence)) {
                queue.enqueue(sequence, new GenericDeadLetter<>(sequence, event));
                continue;
            }
            try {
                savepoint.executeWithoutResult(status -> run(PendingWrites.levels(writes)));
            } catch (RuntimeException failure) {
                if (park(processingGroup, queue, sequence, event, failure)) {
                    parked.add(sequence);
                }
            }
        }
    }

    /** Parks the event as Axon's dead-lettering invoker would: through the group's enqueue policy. */
    private boolean park(String processingGroup, SequencedDeadLetterQueue<EventMessage<?>> queue, Object sequence,
            EventMessage<?> event, RuntimeException failure) {
        EnqueuePolicy<EventMessage<?>> policy = processing.getObject().deadLetterPolicy(processingGroup)
                .orElse((letter, cause) -> Decisions.enqueue(ThrowableCause.truncated(cause)));
        DeadLetter<EventMessage<?>> letter = new GenericDeadLetter<>(sequence, event, failure);
        EnqueueDecision<EventMessage<?>> decision = policy.decide(letter, failure);
        if (decision.shouldEnqueue()) {
            queue.enqueue(sequence, decision.withDiagnostics(letter.withCause(decision.enqueueCause().orElse(null))));
        }
        return decision.shouldEnqueue();
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
