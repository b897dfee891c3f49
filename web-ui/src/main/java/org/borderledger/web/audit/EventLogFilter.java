package org.borderledger.web.audit;

import org.borderledger.audit.api.SearchEventLogQuery;

/** The event log's filters as typed: actor, event type, consignment, a UTC time range, and the page. */
record EventLogFilter(String user, String type, String consignment, String from, String to, Integer page) {

    static final int PAGE_SIZE = 50;

    /** Without a page in the address, the first. */
    EventLogFilter {
        page = page == null ? 0 : Math.max(0, page);
    }

    /** The query for the page shown; throws {@link UtcInstants.InvalidFilter} for an unreadable instant. */
    SearchEventLogQuery shownPage() {
        return query(page * PAGE_SIZE, PAGE_SIZE);
    }

    SearchEventLogQuery query(int offset, int limit) {
        return new SearchEventLogQuery(user, type, consignment, UtcInstants.parse("from", from),
                UtcInstants.parse("to", to), offset, limit);
    }
}
