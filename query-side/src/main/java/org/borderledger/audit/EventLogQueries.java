package org.borderledger.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.queryhandling.QueryHandler;
import org.borderledger.audit.api.EventLogPage;
import org.borderledger.audit.api.FetchEventsAfterQuery;
import org.borderledger.audit.api.SearchEventLogQuery;
import org.borderledger.audit.api.StoredEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The global event log, searched in SQL. Each filter is a fixed condition with a bind parameter,
 * and only the filters given are added, so that each search can use its own index (see the
 * migration {@code audit_event_log_indexes}).
 */
@Component
class EventLogQueries {

    private final JdbcTemplate jdbc;

    EventLogQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    EventLogPage handle(SearchEventLogQuery query) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        filters(query, conditions, parameters);
        return page(conditions, parameters, query.offset(), query.limit());
    }

    /** A page after a global index: the primary key walks straight to it, however far into the store. */
    @QueryHandler
    EventLogPage handle(FetchEventsAfterQuery query) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        filters(query.search(), conditions, parameters);
        filter(conditions, parameters, "globalindex > ?", query.afterGlobalIndex());
        return page(conditions, parameters, 0, query.search().limit());
    }

    private static void filters(SearchEventLogQuery query, List<String> conditions, List<Object> parameters) {
        filter(conditions, parameters, "lower(audit_user_id(metadata)) = lower(?)", query.userId());
        filter(conditions, parameters, StoredEvents.EVENT_TYPE + " = ?", query.eventType());
        filter(conditions, parameters, "aggregateidentifier = ?", query.consignmentId());
        filter(conditions, parameters, "\"timestamp\" COLLATE \"C\" >= ?", stored(query.from()));
        filter(conditions, parameters, "\"timestamp\" COLLATE \"C\" < ?", stored(query.to()));
    }

    private EventLogPage page(List<String> conditions, List<Object> parameters, int offset, int limit) {
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        // One row more than the page, to know whether there is a next page without counting them all.
        parameters.add(limit + 1);
        parameters.add(offset);
        List<StoredEvent> events = jdbc.query(StoredEvents.SELECT + where + " ORDER BY globalindex LIMIT ? OFFSET ?",
                StoredEvents::map, parameters.toArray());
        boolean hasMore = events.size() > limit;
        return new EventLogPage(hasMore ? events.subList(0, limit) : events, offset, limit, hasMore);
    }

    private static void filter(List<String> conditions, List<Object> parameters, String condition, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.add(value);
        }
    }

    /**
     * An instant written the way Axon writes the timestamp column (fixed-width UTC, milliseconds), so
     * that the two compare correctly as text. Stored instants are whole milliseconds, so rounding a
     * bound up to the next millisecond keeps both "from" and "to" exact.
     */
    private static String stored(Instant instant) {
        if (instant == null) {
            return null;
        }
        Instant millis = instant.truncatedTo(ChronoUnit.MILLIS);
        return DateTimeUtils.formatInstant(millis.equals(instant) ? millis : millis.plusMillis(1));
    }
}
