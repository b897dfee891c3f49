package org.borderledger.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.borderledger.projection.ProjectionReplay;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the projection tests do to a projection: deliver events again, and rebuild it from the store. */
public final class Projections {

    private Projections() {
    }

    /** An event of a consignment as the store hands it to a projection, recorded by the tests' officer. */
    public static DomainEventMessage<?> domainEvent(String consignmentId, long sequenceNumber, Object payload) {
        return new GenericDomainEventMessage<>("Consignment", consignmentId, sequenceNumber, payload,
                Lifecycles.OFFICER.asMetaData());
    }

    /**
     * Every event of the consignment once more, through the projection's handlers as the processor
     * calls them: each in a unit of work, whose commit runs the writes a batched projection queued.
     */
    public static void redeliver(EventStore eventStore, String consignmentId, Object projection) {
        deliverEach(projection, eventStore.readEvents(consignmentId, 0).asStream().toList());
    }

    /** The events through the projection's handlers, each in a unit of work of its own, as a dead letter is retried. */
    public static void deliverEach(Object projection, List<? extends EventMessage<?>> events) {
        events.forEach(event -> deliver(projection, DefaultUnitOfWork.startAndGet(event)));
    }

    /**
     * The events through the projection's handlers in one unit of work, as a processor's batch
     * handles them; its writes run when it commits, in the caller's transaction if there is one.
     */
    public static void deliverInOneBatch(Object projection, List<? extends EventMessage<?>> events) {
        deliver(projection, new BatchingUnitOfWork<>(List.copyOf(events)));
    }

    private static void deliver(Object projection, UnitOfWork<? extends EventMessage<?>> unitOfWork) {
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection);
        var delivery = unitOfWork.executeWithResult(() -> handlers.handle(unitOfWork.getMessage()));
        if (delivery.isExceptional()) {
            throw new AssertionError(delivery.exceptionResult());
        }
    }

    /**
     * Rebuilds the group's projection both ways a rebuild happens, and compares the rows that
     * {@code allRows} selects with the live ones each time: first as an administrator's rebuild does
     * (the processor stopped, one pass over the store, the processor started at the pass's end: `ProjectionReplay.rebuild`), then
     * as the processor replays by itself when no pass filled it (its tokens reset).
     */
    public static void assertThatARebuildGivesTheSameRows(EventProcessingConfiguration processing, ProjectionReplay replay,
                                                          String group, JdbcTemplate jdbc, String allRows) {
        StreamingEventProcessor processor = processing.eventProcessor(group, StreamingEventProcessor.class)
                .orElseThrow();
        // A segment may call itself caught up before it has fetched the last events: wait for the head.
        long head = jdbc.queryForObject("SELECT coalesce(max(globalindex), -1) FROM domainevententry", Long.class);
        await().untilAsserted(() -> assertThat(processor.processingStatus().values()).allMatch(segment ->
                rebuilt(segment) && segment.getCurrentPosition().orElse(-1) >= head));
        List<Map<String, Object>> live = jdbc.queryForList(allRows);

        assertThat(replay.rebuild(List.of(group))).isEqualTo(head);
        assertThat(jdbc.queryForList(allRows)).isEqualTo(live);
        await().untilAsserted(() -> {
            assertThat(processor.processingStatus()).hasSize(4);
            assertThat(processor.processingStatus().values())
                    .allMatch(segment -> segment.isCaughtUp() && segment.getCurrentPosition().orElse(-1) >= head);
        });

        processor.shutDown();
        processor.resetTokens();
        processor.start();

        await().untilAsserted(() -> {
            assertThat(processor.processingStatus()).hasSize(4);
            assertThat(processor.processingStatus().values()).allMatch(Projections::rebuilt);
            assertThat(jdbc.queryForList(allRows)).isEqualTo(live);
        });
    }

    /**
     * Whether a segment has handled every event stored. A replayed segment says it is replaying
     * until an event after its reset position arrives, so having reached that position is enough.
     */
    private static boolean rebuilt(EventTrackerStatus segment) {
        return segment.isCaughtUp()
                && segment.getCurrentPosition().orElse(-1) >= segment.getResetPosition().orElse(-1);
    }
}
