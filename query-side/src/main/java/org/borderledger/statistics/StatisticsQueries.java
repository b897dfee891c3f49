package org.borderledger.statistics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryHandler;
import org.borderledger.consignment.api.Channel;
import org.borderledger.consignment.api.ConsignmentStatus;
import org.borderledger.consignment.api.HoldReason;
import org.borderledger.statistics.api.DeclaredOnDay;
import org.borderledger.statistics.api.FetchStatisticsQuery;
import org.borderledger.statistics.api.HoldsByReason;
import org.borderledger.statistics.api.ReleaseTimes;
import org.borderledger.statistics.api.Statistics;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers the statistics with SQL aggregates over the projection tables {@code consignment_summary}
 * and {@code consignment_hold}, each restricted to the range through an index on its time column.
 */
@Component
class StatisticsQueries {

    private final JdbcTemplate jdbc;

    StatisticsQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    Statistics handle(FetchStatisticsQuery query) {
        return new Statistics(query, declared(query), holds(query), releaseTimes(query));
    }

    /**
     * One grouping-sets pass gives, per day and border post, the total, the count per status and the
     * count per channel; GROUPING() tells which set a row belongs to.
     */
    private List<DeclaredOnDay> declared(FetchStatisticsQuery query) {
        Map<List<Object>, DayTally> days = new LinkedHashMap<>();
        jdbc.query("""
                SELECT day, border_post, status, channel, GROUPING(status) AS any_status,
                       GROUPING(channel) AS any_channel, count(*) AS consignments
                FROM (SELECT (declared_at AT TIME ZONE 'UTC')::date AS day, border_post, status, channel
                      FROM consignment_summary WHERE""" + inRange("declared_at", query) + """
                ) declared
                GROUP BY GROUPING SETS ((day, border_post), (day, border_post, status), (day, border_post, channel))
                ORDER BY day, border_post""", (ResultSet row) -> {
            LocalDate day = row.getObject("day", LocalDate.class);
            String borderPost = row.getString("border_post");
            days.computeIfAbsent(List.of(day, borderPost), key -> new DayTally(day, borderPost)).add(row);
        }, rangeParameters(query));
        return days.values().stream().map(DayTally::toDeclaredOnDay).toList();
    }

    private List<HoldsByReason> holds(FetchStatisticsQuery query) {
        return jdbc.query("""
                SELECT reason, count(*) AS placed, count(*) FILTER (WHERE awaiting_decision) AS still_open
                FROM consignment_hold WHERE""" + inRange("placed_at", query) + """
                GROUP BY reason ORDER BY reason""",
                (row, rowNumber) -> new HoldsByReason(HoldReason.valueOf(row.getString("reason")), row.getLong("placed"),
                        row.getLong("still_open")), rangeParameters(query));
    }

    /** Over the consignments released in the range, in milliseconds between declaration and release. */
    private ReleaseTimes releaseTimes(FetchStatisticsQuery query) {
        return jdbc.queryForObject("""
                SELECT count(*) AS released,
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM released_at - declared_at))
                           * 1000 AS median_ms,
                       percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM released_at - declared_at))
                           * 1000 AS percentile90_ms
                FROM consignment_summary WHERE""" + inRange("released_at", query),
                (row, rowNumber) -> new ReleaseTimes(row.getLong("released"), duration(row, "median_ms"),
                        duration(row, "percentile90_ms")), rangeParameters(query));
    }

    /** The range condition on a time column (a constant of this class) and, when asked, the border post. */
    private static String inRange(String column, FetchStatisticsQuery query) {
        return " " + column + " >= ? AND " + column + " < ?" + (query.borderPost() == null ? "" : " AND border_post = ?")
                + "\n";
    }

    private static Object[] rangeParameters(FetchStatisticsQuery query) {
        List<Object> parameters = new ArrayList<>(List.of(time(query.from()), time(query.to())));
        if (query.borderPost() != null) {
            parameters.add(query.borderPost());
        }
        return parameters.toArray();
    }

    private static OffsetDateTime time(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Duration duration(ResultSet row, String column) throws SQLException {
        double millis = row.getDouble(column);
        return row.wasNull() ? null : Duration.ofMillis(Math.round(millis));
    }

    /** The rows of one day and border post, gathered into one {@link DeclaredOnDay}. */
    private static final class DayTally {

        private final LocalDate day;
        private final String borderPost;
        private final Map<ConsignmentStatus, Long> byStatus = new EnumMap<>(ConsignmentStatus.class);
        private final Map<Channel, Long> byChannel = new EnumMap<>(Channel.class);
        private long declared;

        DayTally(LocalDate day, String borderPost) {
            this.day = day;
            this.borderPost = borderPost;
        }

        void add(ResultSet row) throws SQLException {
            long consignments = row.getLong("consignments");
            boolean perStatus = row.getInt("any_status") == 0;
            boolean perChannel = row.getInt("any_channel") == 0;
            String channel = row.getString("channel");
            if (perStatus) {
                byStatus.put(ConsignmentStatus.valueOf(row.getString("status")), consignments);
            } else if (perChannel && channel != null) {
                byChannel.put(Channel.valueOf(channel), consignments);
            } else if (!perChannel) {
                declared = consignments;
            }
        }

        DeclaredOnDay toDeclaredOnDay() {
            return new DeclaredOnDay(day, borderPost, declared, byStatus, byChannel);
        }
    }
}
