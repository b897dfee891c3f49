package org.borderledger.web;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.detail.api.ConsignmentDetail;
import org.borderledger.detail.api.ConsignmentTimeline;
import org.borderledger.detail.api.FetchConsignmentDetailQuery;
import org.borderledger.detail.api.FetchConsignmentTimelineQuery;
import org.borderledger.holds.api.FetchHoldVersionQuery;
import org.borderledger.live.api.ProjectionChanged;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Waits, for a moment at most, until the projections a page reads show a consignment beyond the
 * version a person acted on, so that the page (or API answer) they get after an accepted command shows its
 * result rather than the state before it: projections are asynchronous. A new declaration is
 * version 0 until its screening (same transaction) is projected, so "beyond 0" means screened. Past
 * the moment the detail is given as it stands; the live refresh brings the rest.
 */
@Component
public class DetailCatchUp {

    private static final Duration PATIENCE = Duration.ofSeconds(3);

    private final QueryGateway queries;
    private final StoredConsignments stored;

    DetailCatchUp(QueryGateway queries, StoredConsignments stored) {
        this.queries = queries;
        this.stored = stored;
    }

    /**
     * The detail once both the detail and the timeline show every event stored so far (a command may
     * append several, and the two projections run apart), or empty when the detail is not there after
     * the wait.
     */
    public Optional<ConsignmentDetail> awaitStored(String consignmentId) {
        long last = stored.lastVersion(consignmentId);
        awaitTimelineThrough(consignmentId, last);
        return awaitBeyond(consignmentId, last - 1);
    }

    /** The detail once it is beyond {@code version}, or empty when it is not there yet after the wait. */
    public Optional<ConsignmentDetail> awaitBeyond(String consignmentId, long version) {
        return awaitFirst(new FetchConsignmentDetailQuery(consignmentId), ResponseTypes.optionalInstanceOf(ConsignmentDetail.class),
                detail -> detail.map(d -> d.version() > version).orElse(false))
                .flatMap(detail -> detail);
    }

    /**
     * The timeline once it reaches {@code version}, or empty after the wait: the timeline projection
     * runs apart from the detail, so an event stored a moment ago may not be on it yet.
     */
    public Optional<ConsignmentTimeline> awaitTimelineThrough(String consignmentId, long version) {
        return awaitFirst(new FetchConsignmentTimelineQuery(consignmentId), ResponseTypes.instanceOf(ConsignmentTimeline.class),
                timeline -> !timeline.entries().isEmpty()
                        && timeline.entries().get(timeline.entries().size() - 1).sequenceNumber() >= version);
    }

    /**
     * Waits until the held-goods queue has applied to the hold an event beyond {@code version}, so
     * that the queue shown after a decision no longer offers the decided hold; true when it has.
     */
    public boolean awaitHoldBeyond(String consignmentId, String holdId, long version) {
        return awaitFirst(new FetchHoldVersionQuery(consignmentId, holdId), ResponseTypes.instanceOf(Long.class),
                projected -> projected > version).isPresent();
    }

    private <Q, R> Optional<R> awaitFirst(Q query, ResponseType<R> type, Predicate<R> wanted) {
        // Axon registers for updates before it asks for the initial result, so no change falls in between.
        try (var watching = queries.subscriptionQuery(query, type, ResponseTypes.instanceOf(ProjectionChanged.class))) {
            return watching.initialResult()
                    .concatWith(watching.updates().concatMap(change -> Mono.fromFuture(queries.query(query, type))))
                    .filter(wanted)
                    .next()
                    .map(Optional::of)
                    .timeout(PATIENCE, Mono.just(Optional.empty()))
                    .block();
        }
    }
}
