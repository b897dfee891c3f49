package org.borderledger.projections;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.borderledger.support.Eventually;

/**
 * Handles a projection's events again the two ways a processor can: one consignment's events
 * redelivered, and the whole store replayed after a reset.
 */
public final class ProjectionReplay {

    private ProjectionReplay() {
    }

    /** Every event of one consignment once more, through the projection's handlers as the processor calls them. */
    public static void redeliver(Object projection, EventStore eventStore, String consignmentId) {
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection);
        eventStore.readEvents(consignmentId, 0).asStream().forEach(event -> {
            try {
                handlers.handle(event);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    /** Resets the processor, lets it replay the whole store, and compares the rows with the live ones. */
    public static void assertThatARebuildGivesTheSameRows(StreamingEventProcessor processor,
                                                          Supplier<List<Map<String, Object>>> rows) {
        Eventually.assertThat(() -> assertThat(processor.processingStatus().values())
                .allMatch(ProjectionReplay::rebuilt));
        List<Map<String, Object>> live = rows.get();

        processor.shutDown();
        processor.resetTokens();
        processor.start();

        Eventually.assertThat(() -> {
            assertThat(processor.processingStatus().values()).isNotEmpty().allMatch(ProjectionReplay::rebuilt);
            assertThat(rows.get()).isEqualTo(live);
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
