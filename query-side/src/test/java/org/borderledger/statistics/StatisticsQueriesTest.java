package org.borderledger.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.borderledger.consignment.api.Channel;
import org.borderledger.consignment.api.ConsignmentStatus;
import org.borderledger.consignment.api.HoldReason;
import org.borderledger.statistics.api.DeclaredOnDay;
import org.borderledger.statistics.api.FetchStatisticsQuery;
import org.borderledger.statistics.api.HoldsByReason;
import org.borderledger.statistics.api.ReleaseTimes;
import org.borderledger.support.MigratedDatabase;
import org.borderledger.statistics.api.Statistics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The statistics on a small data set with known figures, written straight into the projection tables
 * of a migrated database so that every instant and duration is exact.
 */
class StatisticsQueriesTest {

    static final Instant FROM = Instant.parse("2026-03-02T00:00:00Z");
    static final Instant TO = Instant.parse("2026-03-04T00:00:00Z");
    static final LocalDate MARCH_2 = LocalDate.parse("2026-03-02");
    static final LocalDate MARCH_3 = LocalDate.parse("2026-03-03");
    static JdbcTemplate jdbc;

    @BeforeAll
    static void migratedDatabaseWithAKnownDataSet() {
        jdbc = MigratedDatabase.create();
        // Released after 1 h, 2 h, 4 h (Khorgos) and 10 h (Altynkol).
        consignment("CN-K1", "Khorgos", "2026-03-02T08:00:00Z", Channel.GREEN, "2026-03-02T09:00:00Z");
        consignment("CN-K2", "Khorgos", "2026-03-02T10:00:00Z", Channel.YELLOW, "2026-03-02T12:00:00Z");
        consignment("CN-K3", "Khorgos", "2026-03-02T23:30:00Z", Channel.RED, null);
        consignment("CN-K4", "Khorgos", "2026-03-03T01:00:00Z", Channel.RED, "2026-03-03T05:00:00Z");
        consignment("CN-K5", "Khorgos", "2026-03-03T02:00:00Z", null, null);
        consignment("CN-A1", "Altynkol", "2026-03-02T12:00:00Z", Channel.GREEN, "2026-03-02T22:00:00Z");
        consignment("CN-A2", "Altynkol", "2026-03-04T00:00:00Z", Channel.GREEN, "2026-03-04T01:00:00Z");
        consignment("CN-A3", "Altynkol", "2026-03-03T09:00:00Z", Channel.RED, null);
        jdbc.update("UPDATE consignment_summary SET status = 'HELD' WHERE consignment_id = 'CN-K3'");
        jdbc.update("UPDATE consignment_summary SET status = 'DECLARED' WHERE consignment_id = 'CN-K5'");
        jdbc.update("UPDATE consignment_summary SET status = 'SEIZED' WHERE consignment_id = 'CN-A3'");

        hold("CN-K3", "AUTO-1", "Khorgos", HoldReason.SANCTIONS_MATCH, "2026-03-02T23:31:00Z", true, null);
        hold("CN-K3", "H-2", "Khorgos", HoldReason.DOCUMENTS, "2026-03-03T08:00:00Z", true, null);
        hold("CN-K2", "H-1", "Khorgos", HoldReason.DOCUMENTS, "2026-03-02T11:00:00Z", false, null);
        hold("CN-A1", "H-1", "Altynkol", HoldReason.DOCUMENTS, "2026-03-02T13:00:00Z", false, null);
        // Still open, but its consignment was seized on another hold: nobody can decide it any more.
        hold("CN-A3", "H-2", "Altynkol", HoldReason.RISK_INTELLIGENCE, "2026-03-03T10:00:00Z", true, "SEIZED");
        hold("CN-K1", "H-9", "Khorgos", HoldReason.OTHER, "2026-03-05T10:00:00Z", true, null);
    }

    @Test
    void consignmentsDeclaredPerDayAndPostByStatusAndChannel() {
        Statistics statistics = statistics(new FetchStatisticsQuery(null, FROM, TO));

        assertThat(statistics.declared()).containsExactly(
                new DeclaredOnDay(MARCH_2, "Altynkol", 1, Map.of(ConsignmentStatus.RELEASED, 1L), Map.of(Channel.GREEN, 1L)),
                new DeclaredOnDay(MARCH_2, "Khorgos", 3,
                        Map.of(ConsignmentStatus.RELEASED, 2L, ConsignmentStatus.HELD, 1L),
                        Map.of(Channel.GREEN, 1L, Channel.YELLOW, 1L, Channel.RED, 1L)),
                new DeclaredOnDay(MARCH_3, "Altynkol", 1, Map.of(ConsignmentStatus.SEIZED, 1L), Map.of(Channel.RED, 1L)),
                new DeclaredOnDay(MARCH_3, "Khorgos", 2,
                        Map.of(ConsignmentStatus.RELEASED, 1L, ConsignmentStatus.DECLARED, 1L), Map.of(Channel.RED, 1L)));
    }

    @Test
    void holdsPlacedInTheRangeByReasonAndHowManyStillAwaitADecision() {
        assertThat(statistics(new FetchStatisticsQuery(null, FROM, TO)).holds()).containsExactly(
                new HoldsByReason(HoldReason.DOCUMENTS, 3, 1),
                new HoldsByReason(HoldReason.RISK_INTELLIGENCE, 1, 0),
                new HoldsByReason(HoldReason.SANCTIONS_MATCH, 1, 1));
        assertThat(statistics(new FetchStatisticsQuery("Khorgos", FROM, TO)).holds()).containsExactly(
                new HoldsByReason(HoldReason.DOCUMENTS, 2, 1),
                new HoldsByReason(HoldReason.SANCTIONS_MATCH, 1, 1));
    }

    @Test
    void medianAndNinetiethPercentileOfTheTimeFromDeclarationToRelease() {
        // 1, 2, 4, 10 h: the median lies halfway between 2 and 4 h; the 90th percentile at 2.7 of 3 steps, 4 + 0.7 * 6 h.
        assertThat(statistics(new FetchStatisticsQuery(null, FROM, TO)).releaseTimes())
                .isEqualTo(new ReleaseTimes(4, Duration.ofHours(3), Duration.ofMinutes(8 * 60 + 12)));
        // 1, 2, 4 h: the median is 2 h; the 90th percentile at 1.8 of 2 steps, 2 + 0.8 * 2 h.
        assertThat(statistics(new FetchStatisticsQuery("Khorgos", FROM, TO)).releaseTimes())
                .isEqualTo(new ReleaseTimes(3, Duration.ofHours(2), Duration.ofMinutes(3 * 60 + 36)));
    }

    @Test
    void aRangeWithNothingInItGivesEmptyFigures() {
        Statistics statistics = statistics(new FetchStatisticsQuery("Khorgos", Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2026-01-02T00:00:00Z")));

        assertThat(statistics.declared()).isEmpty();
        assertThat(statistics.holds()).isEmpty();
        assertThat(statistics.releaseTimes()).isEqualTo(new ReleaseTimes(0, null, null));
    }

    @Test
    void aRangeIsRequiredForwardAndAtMostAYear() {
        assertThatThrownBy(() -> new FetchStatisticsQuery(null, null, TO)).hasMessageContaining("time range");
        assertThatThrownBy(() -> new FetchStatisticsQuery(null, TO, FROM)).hasMessageContaining("start before it ends");
        assertThatThrownBy(() -> new FetchStatisticsQuery(null, FROM, FROM.plus(Duration.ofDays(367))))
                .hasMessageContaining("at most 366 days");
    }

    private static Statistics statistics(FetchStatisticsQuery query) {
        return new StatisticsQueries(jdbc).handle(query);
    }

    /** A consignment released when {@code releasedAt} is given (its status RELEASED), else CLEARED until changed. */
    private static void consignment(String id, String borderPost, String declaredAt, Channel channel, String releasedAt) {
        jdbc.update("""
                INSERT INTO consignment_summary (consignment_id, reference, declarant_name, exporter_name, consignee_name,
                    direction, border_post, destination_country, status, channel, declared_at, last_changed_at,
                    released_at, version)
                VALUES (?, ?, 'Declarant', 'Exporter', 'Consignee', 'EXPORT', ?, 'CN', ?, ?, ?, ?, ?, 1)""",
                id, "EX-" + id, borderPost, releasedAt == null ? "CLEARED" : "RELEASED",
                channel == null ? null : channel.name(), time(declaredAt), time(declaredAt), time(releasedAt));
    }

    private static void hold(String consignmentId, String holdId, String borderPost, HoldReason reason, String placedAt,
                             boolean open, String consignmentClosedAs) {
        jdbc.update("""
                INSERT INTO consignment_hold (consignment_id, hold_id, reference, border_post, reason, text, automatic,
                    placed_by, placed_by_role, placed_at, open, consignment_closed_as, version)
                VALUES (?, ?, ?, ?, ?, 'Why', FALSE, 'o.aliyev', 'OFFICER', ?, ?, ?, 1)""",
                consignmentId, holdId, "EX-" + consignmentId, borderPost, reason.name(), time(placedAt), open,
                consignmentClosedAs);
    }

    private static OffsetDateTime time(String instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(Instant.parse(instant), ZoneOffset.UTC);
    }
}
