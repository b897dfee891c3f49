package org.borderledger.detail;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.borderledger.detail.api.ConsignmentAsOf;
import org.borderledger.detail.api.ConsignmentDetail;
import org.borderledger.detail.api.ConsignmentTimeline;
import org.borderledger.detail.api.FetchConsignmentAsOfQuery;
import org.borderledger.detail.api.FetchConsignmentDetailQuery;
import org.borderledger.detail.api.FetchConsignmentTimelineQuery;
import org.borderledger.detail.api.FetchOpenReexportsQuery;
import org.borderledger.detail.api.OpenReexport;
import org.borderledger.detail.api.TimelineEntry;
import org.springframework.stereotype.Component;

/**
 * Answers the detail and timeline from their tables, and the state as of an instant from the event
 * store with the same fold and timeline functions as the projections.
 */
@Component
class ConsignmentDetailQueries {

    private final DetailRows details;
    private final TimelineRows timeline;
    private final EventStore eventStore;

    ConsignmentDetailQueries(DetailRows details, TimelineRows timeline, EventStore eventStore) {
        this.details = details;
        this.timeline = timeline;
        this.eventStore = eventStore;
    }

    @QueryHandler
    Optional<ConsignmentDetail> handle(FetchConsignmentDetailQuery query) {
        return details.find(query.consignmentId());
    }

    @QueryHandler
    ConsignmentTimeline handle(FetchConsignmentTimelineQuery query) {
        return new ConsignmentTimeline(query.consignmentId(), timeline.of(query.consignmentId()));
    }

    @QueryHandler
    List<OpenReexport> handle(FetchOpenReexportsQuery query) {
        return details.withOpenReexports(query.borderPosts()).stream()
                .sorted(Comparator.comparing(ConsignmentDetail::declaredAt).thenComparing(ConsignmentDetail::consignmentId))
                .flatMap(detail -> detail.openReexports().stream().map(open -> new OpenReexport(detail.consignmentId(),
                        detail.declaration().reference(), detail.declaration().borderPost(), detail.declaredAt(),
                        detail.status(), open.hit())))
                .toList();
    }

    /**
     * Reads from sequence 0: {@code readEvents(id)} would start at the latest snapshot, which holds the
     * aggregate's state, not this view's. Events are in sequence order, and so in time order.
     */
    @QueryHandler
    Optional<ConsignmentAsOf> handle(FetchConsignmentAsOfQuery query) {
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(query.consignmentId(), 0).asStream()
                .takeWhile(message -> !message.getTimestamp().isAfter(query.asOf())).toList();
        ConsignmentDetail detail = null;
        List<TimelineEntry> entries = new ArrayList<>();
        for (DomainEventMessage<?> message : events) {
            detail = ConsignmentDetailFold.apply(detail, message);
            entries.add(TimelineEntries.of(message));
        }
        return detail == null ? Optional.empty() : Optional.of(new ConsignmentAsOf(query.asOf(), detail, entries));
    }
}
