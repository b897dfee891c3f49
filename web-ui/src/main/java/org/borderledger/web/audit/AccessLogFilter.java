package org.borderledger.web.audit;

import org.borderledger.access.api.AccessAction;
import org.borderledger.access.api.SearchAccessLogQuery;

/** The access log's filters as typed: user id, action, consignment, a UTC time range, and the page. */
record AccessLogFilter(String user, String action, String consignment, String from, String to, Integer page) {

    static final int PAGE_SIZE = 50;

    /** Without a page in the address, the first. */
    AccessLogFilter {
        page = page == null ? 0 : Math.max(0, page);
    }

    /** Whether the action names one of {@link AccessAction} or is left empty (any action). */
    boolean knownAction() {
        try {
            AccessAction.parse(action);
            return true;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    SearchAccessLogQuery shownPage() {
        return query(page * PAGE_SIZE, PAGE_SIZE);
    }

    /** The query; throws {@link UtcInstants.InvalidFilter} for an unreadable instant. Check {@link #knownAction} first. */
    SearchAccessLogQuery query(int offset, int limit) {
        return new SearchAccessLogQuery(user, AccessAction.parse(action), consignment, UtcInstants.parse("from", from),
                UtcInstants.parse("to", to), offset, limit);
    }
}
