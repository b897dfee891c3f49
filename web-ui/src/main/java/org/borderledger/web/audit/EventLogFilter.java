package org.borderledger.web.audit;

import org.borderledger.audit.api.SearchEventLogQuery;

/**
 * The event log's filters as typed: actor (any case), event type, consignment (its id or declaration
 * reference), a UTC time range, and the page.
 */
record EventLogFilter(String user, String type, String consignment, String from, String to, Integer page) {

    static final int PAGE_SIZE = 50;

    /** Without a page in the address, the first. */
    EventLogFilter {
        page = page == null ? 0 : Math.max(0, page);
    }

    /**
     * The query for the page shown, of the consignment that the typed id or reference names; throws
     * {@link UtcInstants.InvalidFilter} for an unreadable instant.
     */
    SearchEventLogQuery shownPage(String consignmentId) {
        return query(consignmentId, page * PAGE_SIZE, PAGE_SIZE);
    }

    SearchEventLogQuery query(String consignmentId, int offset, int limit) {
        return new SearchEventLogQuery(user, type, consignmentId, UtcInstants.parse("from", from),
                UtcInstants.parse("to", to), offset, limit);
    }
}
