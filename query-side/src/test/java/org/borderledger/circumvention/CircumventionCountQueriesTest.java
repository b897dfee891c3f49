package org.borderledger.circumvention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderledger.circumvention.api.CircumventionKind.POSSIBLE_REEXPORT;
import static org.borderledger.circumvention.api.CircumventionKind.TRANSIT_DISCREPANCY;
import static org.borderledger.circumvention.api.CircumventionKind.TRANSIT_DIVERTED;
import static org.borderledger.circumvention.api.CircumventionKind.TRANSIT_OVERDUE;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.borderledger.circumvention.api.CircumventionCounts;
import org.borderledger.circumvention.api.CircumventionCounts.AtPost;
import org.borderledger.circumvention.api.FetchCircumventionCountsQuery;
import org.borderledger.support.MigratedDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboard's counts of open circumvention hits on a known data set written straight into the
 * projection tables of a migrated database: decided hits, discharged movements and movements still
 * within their time limit count for nothing, and each hit counts at the post that must act on it.
 */
class CircumventionCountQueriesTest {

    static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    static JdbcTemplate jdbc;
    static CircumventionCountQueries queries;

    @BeforeAll
    static void migratedDatabaseWithAKnownDataSet() {
        jdbc = MigratedDatabase.create();
        queries = new CircumventionCountQueries(jdbc);
        // Kurmangazy: an export with two open possible re-exports and one decided; another with one decided only.
        detail("CN-1", "Kurmangazy", "[" + reexport(null) + "," + reexport(null) + "," + reexport(DECIDED) + "]");
        detail("CN-2", "Kurmangazy", "[" + reexport(DECIDED) + "]");
        detail("CN-3", "Syrym", "[" + reexport(null) + "]");
        detail("CN-4", "Syrym", "[]");
        // Movements left from Khorgos: diverted to Kurmangazy (open), discrepancy at Korday (open), one decided,
        // one overdue by the clock and one by the alert (both counted at Khorgos, which must enquire), one on the road in time.
        movement("CN-10", "Korday", "HELD", NOW.minusSeconds(60), false, "Kurmangazy", "DIVERSION", true);
        movement("CN-11", "Korday", "HELD", NOW.minusSeconds(3600), false, "Korday", "TRANSIT_DISCREPANCY", true);
        movement("CN-12", "Korday", "SEIZED", NOW.minusSeconds(3600), false, "Kurmangazy", "DIVERSION", false);
        movement("CN-13", "Korday", "IN_TRANSIT", NOW.minusSeconds(1), false, null, null, false);
        movement("CN-14", "Korday", "IN_TRANSIT", NOW.plusSeconds(3600), true, null, null, false);
        movement("CN-15", "Korday", "IN_TRANSIT", NOW.plusSeconds(3600), false, null, null, false);
        movement("CN-16", "Korday", "DISCHARGED", NOW.minusSeconds(7200), true, "Korday", null, false);
    }

    private static final String DECIDED = "{\"decision\":\"END_USE_DOCUMENTED\",\"reason\":\"End-user certificate\"}";

    @Test
    void everyPostWithAnOpenHitIsCountedByKindAtThePostThatMustAct() {
        CircumventionCounts counts = queries.handle(new FetchCircumventionCountsQuery(List.of(), NOW));

        assertThat(counts.posts()).containsExactly(
                new AtPost("Korday", Map.of(TRANSIT_DISCREPANCY, 1)),
                new AtPost("Kurmangazy", Map.of(POSSIBLE_REEXPORT, 2, TRANSIT_DIVERTED, 1)),
                new AtPost("Nur Zholy (Khorgos)", Map.of(TRANSIT_OVERDUE, 2)),
                new AtPost("Syrym", Map.of(POSSIBLE_REEXPORT, 1)));
        assertThat(counts.total(POSSIBLE_REEXPORT)).isEqualTo(3);
        assertThat(counts.posts().get(3).count(TRANSIT_OVERDUE)).isZero();
    }

    @Test
    void onlyThePostsAskedForAreCounted() {
        assertThat(queries.handle(new FetchCircumventionCountsQuery(List.of("Kurmangazy", "Aksai"), NOW)).posts())
                .containsExactly(new AtPost("Kurmangazy", Map.of(POSSIBLE_REEXPORT, 2, TRANSIT_DIVERTED, 1)));
        assertThat(queries.handle(new FetchCircumventionCountsQuery(List.of("Aksai"), NOW)).isEmpty()).isTrue();
    }

    @Test
    void aMovementIsOverdueFromItsTimeLimitOnBeforeTheAlertIsRecorded() {
        Instant earlier = NOW.minusSeconds(30);
        assertThat(queries.handle(new FetchCircumventionCountsQuery(List.of("Nur Zholy (Khorgos)"), earlier)).total(TRANSIT_OVERDUE))
                .isEqualTo(1); // only the one whose alert was recorded
    }

    private static String reexport(String decision) {
        return "{\"hit\":{\"kind\":\"REEXPORT\",\"hs6\":\"848210\"}" + (decision == null ? "" : ",\"decision\":" + decision) + "}";
    }

    private static void detail(String id, String borderPost, String reexports) {
        jdbc.update("INSERT INTO consignment_detail (consignment_id, version, document) VALUES (?, 1, ?::jsonb)", id,
                "{\"consignmentId\":\"" + id + "\",\"declaration\":{\"borderPost\":\"" + borderPost + "\"},\"reexports\":"
                        + reexports + "}");
    }

    private static void movement(String id, String exitPost, String status, Instant timeLimit, boolean overdue,
                                 String arrivalPost, String holdReason, boolean holdOpen) {
        jdbc.update("""
                INSERT INTO transit_movement (consignment_id, reference, departure_post, exit_post, destination, time_limit,
                    departed_at, status, overdue, arrival_post, hold_reason, hold_open, last_changed_at, version)
                VALUES (?, ?, 'Nur Zholy (Khorgos)', ?, 'KG', ?, ?, ?, ?, ?, ?, ?, ?, 5)""",
                id, "TR-" + id, exitPost, utc(timeLimit), utc(NOW.minusSeconds(86_400)), status, overdue, arrivalPost,
                holdReason, holdOpen, utc(NOW));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
