package org.borderledger.transit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryHandler;
import org.borderledger.consignment.api.ConsignmentStatus;
import org.borderledger.consignment.api.CountryCode;
import org.borderledger.consignment.api.HoldReason;
import org.borderledger.consignment.api.TransitFinding;
import org.borderledger.transit.api.FetchHeldTransitsQuery;
import org.borderledger.transit.api.FetchOverdueTransitsQuery;
import org.borderledger.transit.api.FetchTransitsAtPostsQuery;
import org.borderledger.transit.api.TransitMovement;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers the transit queries from {@code transit_movement}, each through an index of its own. */
@Component
public class TransitMovementQueries {

    private final JdbcTemplate jdbc;

    TransitMovementQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Released and not presented at exit, nor ended: on the road, held there by a post in charge (a tip-off)
     * or not. The partial indexes of {@code transit_movement} are on this condition.
     */
    public static final String ON_THE_ROAD = "arrival_post IS NULL AND status IN ('IN_TRANSIT', 'HELD')";

    @QueryHandler
    List<TransitMovement> handle(FetchOverdueTransitsQuery query) {
        return jdbc.query("SELECT * FROM transit_movement WHERE " + ON_THE_ROAD + """
                 AND (overdue OR time_limit <= ?) AND (departure_post = ANY (?) OR exit_post = ANY (?))
                ORDER BY time_limit, consignment_id""", TransitMovementQueries::map,
                OffsetDateTime.ofInstant(query.now(), ZoneOffset.UTC), posts(query.borderPosts()), posts(query.borderPosts()));
    }

    @QueryHandler
    List<TransitMovement> handle(FetchHeldTransitsQuery query) {
        return jdbc.query("""
                SELECT * FROM transit_movement WHERE hold_open AND arrival_post = ANY (?)
                ORDER BY hold_reason = 'DIVERSION' DESC, hold_placed_at, consignment_id""", TransitMovementQueries::map,
                (Object) posts(query.borderPosts()));
    }

    @QueryHandler
    List<TransitMovement> handle(FetchTransitsAtPostsQuery query) {
        return jdbc.query("SELECT * FROM transit_movement WHERE " + ON_THE_ROAD + """
                 AND (departure_post = ANY (?) OR exit_post = ANY (?))
                ORDER BY time_limit, consignment_id""", TransitMovementQueries::map,
                posts(query.borderPosts()), posts(query.borderPosts()));
    }

    private static String[] posts(List<String> borderPosts) {
        return borderPosts.toArray(String[]::new);
    }

    private static TransitMovement map(ResultSet row, int rowNumber) throws SQLException {
        String findings = row.getString("findings");
        Set<TransitFinding> found = findings.isEmpty() ? Set.of()
                : Arrays.stream(findings.split(",")).map(TransitFinding::valueOf).collect(Collectors.toSet());
        String arrivalCountry = row.getString("arrival_country");
        String holdReason = row.getString("hold_reason");
        return new TransitMovement(row.getString("consignment_id"), row.getString("reference"),
                row.getString("departure_post"), row.getString("exit_post"), CountryCode.of(row.getString("destination")),
                instant(row, "time_limit"), instant(row, "departed_at"), ConsignmentStatus.valueOf(row.getString("status")),
                row.getBoolean("overdue"), row.getString("arrival_post"),
                arrivalCountry == null ? null : CountryCode.of(arrivalCountry), instant(row, "arrived_at"), found,
                row.getBoolean("late"), row.getString("hold_id"), holdReason == null ? null : HoldReason.valueOf(holdReason),
                instant(row, "hold_placed_at"), row.getBoolean("hold_open"), instant(row, "last_changed_at"),
                row.getLong("version"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
