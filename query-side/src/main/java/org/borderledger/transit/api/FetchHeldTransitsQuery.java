package org.borderledger.transit.api;

import java.util.List;
import java.util.Objects;

/**
 * The movements whose arrival at one of {@code borderPosts} placed a hold (DIVERSION or
 * TRANSIT_DISCREPANCY) that awaits a decision: the post where the goods were presented is in charge of
 * them, and its supervisors decide. Diversions first, then the oldest hold first.
 */
public record FetchHeldTransitsQuery(List<String> borderPosts) {

    public FetchHeldTransitsQuery {
        borderPosts = List.copyOf(Objects.requireNonNull(borderPosts, "borderPosts"));
    }
}
