package org.borderledger.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.queryhandling.QueryHandler;
import org.borderledger.projection.api.DeadLetterOutcome;
import org.borderledger.projection.api.DeadLetterOutcome.Result;
import org.borderledger.projection.api.DeadLetterView;
import org.borderledger.projection.api.EvictDeadLettersCommand;
import org.borderledger.projection.api.FetchDeadLettersQuery;
import org.borderledger.projection.api.RetryDeadLettersCommand;
import org.springframework.stereotype.Component;

/**
 * The events a projection has parked, and the operator's two ways out: retry a consignment's
 * sequence once its cause is fixed, or evict it for good; a projection's reset drops them all.
 * Operator actions on a processor, not on a consignment, sent as commands so that the bus checks the
 * sender's role. The sequencing policy is per aggregate, so a sequence is one consignment, named by its
 * aggregate id.
 */
@Component
public class DeadLetters {

    private final EventProcessingConfiguration processing;

    DeadLetters(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    @QueryHandler
    List<DeadLetterView> handle(FetchDeadLettersQuery query) {
        List<DeadLetterView> views = new ArrayList<>();
        queue(query.processingGroup()).ifPresent(queue -> queue.deadLetters()
                .forEach(sequence -> sequence.forEach(letter -> views.add(view(query.processingGroup(), letter)))));
        return views;
    }

    @CommandHandler
    DeadLetterOutcome handle(RetryDeadLettersCommand command) {
        return retry(command.processingGroup(), command.consignmentId());
    }

    @CommandHandler
    DeadLetterOutcome handle(EvictDeadLettersCommand command) {
        return evict(command.processingGroup(), command.consignmentId());
    }

    /** Processes that consignment's sequence again, and only that one. */
    public DeadLetterOutcome retry(String processingGroup, String consignmentId) {
        if (!parked(processingGroup, consignmentId)) {
            return DeadLetterOutcome.of(Result.NOT_FOUND);
        }
        boolean retried = processing.sequencedDeadLetterProcessor(processingGroup).orElseThrow()
                .process(letter -> consignmentId.equals(consignmentOf(letter)));
        if (retried || !parked(processingGroup, consignmentId)) {
            return DeadLetterOutcome.of(Result.RETRIED);
        }
        String cause = letters(processingGroup, consignmentId).stream().findFirst()
                .flatMap(DeadLetter::cause).map(DeadLetters::describe).orElse(null);
        return new DeadLetterOutcome(Result.STILL_FAILING, cause);
    }

    /** Drops that consignment's parked events; the projection will not see them again until a rebuild. */
    public DeadLetterOutcome evict(String processingGroup, String consignmentId) {
        List<DeadLetter<? extends EventMessage<?>>> letters = letters(processingGroup, consignmentId);
        if (letters.isEmpty()) {
            return DeadLetterOutcome.of(Result.NOT_FOUND);
        }
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(processingGroup).orElseThrow();
        letters.forEach(queue::evict);
        return DeadLetterOutcome.of(Result.EVICTED);
    }

    /**
     * Drops every event the group has parked, in the transaction of the reset that calls it: a replay
     * meets those events again, and old letters would park their consignments' sequences for good.
     */
    public void clear(String processingGroup) {
        queue(processingGroup).ifPresent(SequencedDeadLetterQueue::clear);
    }

    private boolean parked(String processingGroup, String consignmentId) {
        return queue(processingGroup).map(queue -> queue.contains(consignmentId)).orElse(false);
    }

    private List<DeadLetter<? extends EventMessage<?>>> letters(String processingGroup, String consignmentId) {
        return queue(processingGroup).filter(queue -> queue.contains(consignmentId))
                .map(queue -> StreamSupport.stream(queue.deadLetterSequence(consignmentId).spliterator(), false).toList())
                .orElse(List.of());
    }

    private Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue(String processingGroup) {
        return processing.deadLetterQueue(processingGroup);
    }

    private static DeadLetterView view(String processingGroup, DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        Optional<Cause> cause = letter.cause();
        return new DeadLetterView(processingGroup, consignmentOf(letter), event.getPayloadType().getSimpleName(),
                event.getIdentifier(), event instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : -1,
                letter.enqueuedAt(), letter.lastTouched(), cause.map(Cause::type).orElse(null),
                cause.map(Cause::message).orElse(null));
    }

    private static String consignmentOf(DeadLetter<? extends EventMessage<?>> letter) {
        return letter.message() instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
    }

    private static String describe(Cause cause) {
        return cause.type() + ": " + cause.message();
    }
}
