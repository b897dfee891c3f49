package org.borderledger.web.api;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.borderledger.audit.api.EventLogPage;
import org.borderledger.audit.api.FetchEventsAfterQuery;
import org.borderledger.audit.api.SearchEventLogQuery;
import org.borderledger.audit.api.StoredEvent;
import org.borderledger.live.api.ProjectionChanged;
import org.borderledger.web.live.WatchAllChangesQuery;
import org.springframework.stereotype.Component;

/**
 * Every stored event in store order after a cursor (the last global index a consumer has), for other
 * agencies' systems. Two things make the order safe to follow:
 * <ul>
 * <li>A global index is taken when an event is inserted, so a transaction that took a lower one may
 * commit after one that took a higher one, and a rolled-back one leaves a gap for good. The feed stops
 * before a gap until the event after it is {@link #SETTLE} old, as Axon's own tracking processors do
 * with their gap timeout: a late commit is then served in its place, never skipped.</li>
 * <li>A consumer that is up to date waits: the request is answered as soon as the projections announce
 * a change (the console's live updates, over every instance), re-reading the store at least every
 * {@link #RECHECK} in case nothing announces (a gap settling, projections paused).</li>
 * </ul>
 */
@Component
class EventFeed {

    static final int MAX_LIMIT = SearchEventLogQuery.MAX_LIMIT;
    static final int SETTLE_SECONDS = 10;
    static final Duration SETTLE = Duration.ofSeconds(SETTLE_SECONDS);
    static final Duration RECHECK = Duration.ofSeconds(1);

    private final QueryGateway queries;

    EventFeed(QueryGateway queries) {
        this.queries = queries;
    }

    /** Up to {@code limit} events after {@code cursor}; {@code more} when others follow them already. */
    record Slice(List<StoredEvent> events, boolean more) {
    }

    /** The events after {@code cursor}, waiting up to {@code wait} for one when there is none yet. */
    Slice after(long cursor, int limit, Duration wait) throws InterruptedException {
        Slice slice = readAfter(cursor, limit);
        if (!slice.events().isEmpty() || wait.isZero()) {
            return slice;
        }
        Instant deadline = Instant.now().plus(wait);
        Semaphore changed = new Semaphore(0);
        SubscriptionQueryResult<Instant, ProjectionChanged> changes = queries.subscriptionQuery(new WatchAllChangesQuery(),
                ResponseTypes.instanceOf(Instant.class), ResponseTypes.instanceOf(ProjectionChanged.class));
        try {
            changes.updates().subscribe(change -> changed.release());
            Duration left = Duration.between(Instant.now(), deadline);
            while (slice.events().isEmpty() && !left.isNegative() && !left.isZero()) {
                long pause = Math.min(left.toMillis(), RECHECK.toMillis());
                if (changed.tryAcquire(pause, TimeUnit.MILLISECONDS)) {
                    changed.drainPermits();
                }
                slice = readAfter(cursor, limit);
                left = Duration.between(Instant.now(), deadline);
            }
            return slice;
        } finally {
            changes.close();
        }
    }

    private Slice readAfter(long cursor, int limit) {
        EventLogPage page = queries.query(new FetchEventsAfterQuery(
                new SearchEventLogQuery(null, null, null, null, null, 0, limit), cursor), EventLogPage.class).join();
        Instant settled = Instant.now().minus(SETTLE);
        List<StoredEvent> served = new ArrayList<>();
        long expected = cursor + 1;
        for (StoredEvent event : page.events()) {
            if (event.globalIndex() != expected && event.occurredAt().isAfter(settled)) {
                // A gap that may still fill: everything from here waits for it.
                return new Slice(served, false);
            }
            served.add(event);
            expected = event.globalIndex() + 1;
        }
        return new Slice(served, page.hasMore());
    }
}
