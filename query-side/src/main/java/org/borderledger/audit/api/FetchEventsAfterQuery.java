package org.borderledger.audit.api;

/**
 * The event log's search continued after a global index rather than at an offset: the events with the
 * filters of {@code search} whose global index is above {@code afterGlobalIndex}, in store order, at most
 * {@code search.limit()} of them (its offset is not used). Each page costs the same however far the walk
 * has come, so a reader can go through a million events page by page; answered with an
 * {@link EventLogPage} whose {@code hasMore} says whether more events follow the page.
 */
public record FetchEventsAfterQuery(SearchEventLogQuery search, long afterGlobalIndex) {

    public FetchEventsAfterQuery {
        if (search.offset() != 0) {
            throw new IllegalArgumentException("A page after a global index has no offset");
        }
    }
}
