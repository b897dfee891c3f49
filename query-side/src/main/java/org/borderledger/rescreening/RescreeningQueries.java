package org.borderledger.rescreening;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.borderledger.consignment.api.Channel;
import org.borderledger.consignment.api.HoldReason;
import org.borderledger.rescreening.api.FetchRescreeningOutcomesQuery;
import org.borderledger.rescreening.api.FetchRescreeningProgressQuery;
import org.borderledger.rescreening.api.RescreeningOutcome;
import org.borderledger.rescreening.api.RescreeningProgress;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers the administrator's page of a published version: the run's progress and what it changed. */
@Component
class RescreeningQueries {

    /** The failures a page lists; the count says how many there are in all. */
    static final int FAILURES_SHOWN = 50;

    private final JdbcTemplate jdbc;
    private final RescreenJson json;

    RescreeningQueries(JdbcTemplate jdbc, RescreenJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @QueryHandler
    Optional<RescreeningProgress> handle(FetchRescreeningProgressQuery query) {
        List<RescreeningProgress.Failure> failures = jdbc.query("""
                SELECT consignment_id, attempts, last_error FROM rescreen_task
                WHERE list_version = ? AND state = 'FAILED' ORDER BY consignment_id LIMIT ?""",
                (row, n) -> new RescreeningProgress.Failure(row.getString(1), row.getInt(2), row.getString(3)),
                query.listVersion(), FAILURES_SHOWN);
        return jdbc.query("""
                SELECT p.list_version, p.previous_version, p.published_at, p.published_by, count(t.consignment_id),
                    count(*) FILTER (WHERE t.state = 'DONE'), count(*) FILTER (WHERE t.state = 'FAILED'),
                    count(*) FILTER (WHERE t.state = 'SUPERSEDED'), count(*) FILTER (WHERE t.state = 'CLOSED'),
                    count(*) FILTER (WHERE t.state = 'PENDING')
                FROM rescreen_publication p LEFT JOIN rescreen_task t ON t.list_version = p.list_version
                WHERE p.list_version = ? GROUP BY p.list_version""",
                (row, n) -> new RescreeningProgress(row.getString(1), row.getString(2), row.getTimestamp(3).toInstant(),
                        row.getString(4), row.getLong(5), row.getLong(6), row.getLong(7), row.getLong(8), row.getLong(9),
                        row.getLong(10), failures), query.listVersion()).stream().findFirst();
    }

    @QueryHandler
    List<RescreeningOutcome> handle(FetchRescreeningOutcomesQuery query) {
        return jdbc.query("""
                SELECT consignment_id, reference, border_post, previous_channel, channel, new_hits, hold_reason, screened_at
                FROM rescreen_outcome
                WHERE list_version = ? AND (jsonb_array_length(new_hits) > 0 OR hold_reason IS NOT NULL
                    OR channel IS DISTINCT FROM previous_channel)
                ORDER BY screened_at, consignment_id""", this::outcome, query.listVersion());
    }

    private RescreeningOutcome outcome(ResultSet row, int n) throws SQLException {
        String previous = row.getString(4);
        String hold = row.getString(7);
        return new RescreeningOutcome(row.getString(1), row.getString(2), row.getString(3),
                previous == null ? null : Channel.valueOf(previous), Channel.valueOf(row.getString(5)),
                json.hits(row.getString(6)), hold == null ? null : HoldReason.valueOf(hold), row.getTimestamp(8).toInstant());
    }
}
