package org.borderledger.access.api;

import java.time.Instant;
import org.borderledger.audit.api.SearchFilters;

/**
 * Asks for one page of the access log, newest first. Every filter is optional (null or blank means
 * any): the user id, the action, the consignment, and the instants from (inclusive) and to (exclusive).
 */
public record SearchAccessLogQuery(String userId, AccessAction action, String consignmentId, Instant from, Instant to,
                                   int offset, int limit) {

    public static final int MAX_LIMIT = 500;

    public SearchAccessLogQuery {
        userId = SearchFilters.text("user", userId);
        consignmentId = SearchFilters.text("consignment", consignmentId);
        SearchFilters.requirePage(offset, limit, MAX_LIMIT);
        SearchFilters.requireRange(from, to);
    }
}
