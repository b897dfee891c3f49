package org.borderledger.detail.api;

import java.time.Instant;
import java.util.Objects;

/**
 * Asks what a consignment looked like at an instant, counting every event stored at or before it;
 * answered with an {@code Optional<ConsignmentAsOf>}, empty when it was not yet declared then.
 */
public record FetchConsignmentAsOfQuery(String consignmentId, Instant asOf) {

    public FetchConsignmentAsOfQuery {
        Objects.requireNonNull(consignmentId, "consignmentId");
        Objects.requireNonNull(asOf, "asOf");
    }
}
