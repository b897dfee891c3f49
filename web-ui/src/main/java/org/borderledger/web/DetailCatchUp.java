package org.borderledger.web;

import java.time.Duration;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.detail.api.ConsignmentDetail;
import org.borderledger.detail.api.FetchConsignmentDetailQuery;
import org.borderledger.live.api.ProjectionChanged;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Waits, for a moment at most, until the detail projection shows a consignment beyond the version a
 * person acted on, so that the page (or API answer) they get after an accepted command shows its
 * result rather than the state before it: projections are asynchronous. A new declaration is
 * version 0 until its screening (same transaction) is projected, so "beyond 0" means screened. Past
 * the moment the detail is given as it stands; the live refresh brings the rest.
 */
@Component
public class DetailCatchUp {

    private static final Duration PATIENCE = Duration.ofSeconds(3);

    private final QueryGateway queries;

    DetailCatchUp(QueryGateway queries) {
        this.queries = queries;
    }

    /** The detail once it is beyond {@code version}, or empty when it is not there yet after the wait. */
    public Optional<ConsignmentDetail> awaitBeyond(String consignmentId, long version) {
        FetchConsignmentDetailQuery query = new FetchConsignmentDetailQuery(consignmentId);
        // Axon registers for updates before it asks for the initial result, so no change falls in between.
        try (var watching = queries.subscriptionQuery(query, ResponseTypes.optionalInstanceOf(ConsignmentDetail.class),
                ResponseTypes.instanceOf(ProjectionChanged.class))) {
            return watching.initialResult()
                    .concatWith(watching.updates().concatMap(change -> Mono.fromFuture(
                            queries.query(query, ResponseTypes.optionalInstanceOf(ConsignmentDetail.class)))))
                    .filter(detail -> detail.map(d -> d.version() > version).orElse(false))
                    .next()
                    .timeout(PATIENCE, Mono.just(Optional.empty()))
                    .block();
        }
    }
}
