package org.borderledger.audit;

import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.borderledger.audit.api.BrokenLink;
import org.borderledger.audit.api.ChainVerification;
import org.borderledger.audit.api.VerifyEventChainQuery;
import org.borderledger.messaging.api.StoredEventContent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Verifies the hash chains straight from the rows of {@code domainevententry}, never from snapshots or
 * projections: what is checked is exactly what is stored. Walks in storage order, a page at a time, and
 * stops at the first broken event.
 */
@Component
class EventChainQueries {

    private static final int PAGE_SIZE = 500;
    private static final String SELECT = """
            SELECT globalindex, %s
            FROM domainevententry
            WHERE globalindex > ? AND (CAST(? AS VARCHAR) IS NULL OR aggregateidentifier = ?)
            ORDER BY globalindex
            LIMIT %d""".formatted(StoredEventContent.COLUMNS, PAGE_SIZE);

    private final JdbcTemplate jdbc;

    EventChainQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record Row(long globalIndex, StoredEventContent event) {
    }

    @QueryHandler
    ChainVerification handle(VerifyEventChainQuery query) {
        ChainWalk walk = new ChainWalk();
        long after = Long.MIN_VALUE;
        List<Row> page;
        do {
            page = jdbc.query(SELECT, (rs, number) -> new Row(rs.getLong("globalindex"), StoredEventContent.from(rs)),
                    after, query.consignmentId(), query.consignmentId());
            for (Row row : page) {
                Optional<BrokenLink> broken = walk.check(row.globalIndex(), row.event());
                if (broken.isPresent()) {
                    return ChainVerification.broken(walk.eventsChecked(), broken.get());
                }
                after = row.globalIndex();
            }
        } while (page.size() == PAGE_SIZE);
        return ChainVerification.intact(walk.eventsChecked());
    }
}
