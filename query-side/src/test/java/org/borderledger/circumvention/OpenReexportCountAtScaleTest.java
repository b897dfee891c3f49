package org.borderledger.circumvention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderledger.circumvention.api.CircumventionKind.POSSIBLE_REEXPORT;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.borderledger.circumvention.api.CircumventionCounts;
import org.borderledger.circumvention.api.FetchCircumventionCountsQuery;
import org.borderledger.support.MigratedDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The dashboard's count of open possible re-exports among 200,000 consignment details of which 1 %
 * have one: it must read the open ones through their index, not every detail. With the partial index
 * alone the planner guessed its predicate true for a third of the details and scanned them all.
 */
class OpenReexportCountAtScaleTest {

    @Test
    void theOpenReexportsAreCountedWithoutReadingEveryConsignmentDetail() throws SQLException {
        JdbcTemplate migrated = MigratedDatabase.create();
        // Details of a realistic size: a declaration of three goods lines and a timeline; every 100th with two
        // open possible re-exports, the next one with a decided one.
        migrated.update("""
                INSERT INTO consignment_detail (consignment_id, version, document)
                SELECT 'CN-' || g, 5, jsonb_build_object('consignmentId', 'CN-' || g,
                    'declaration', jsonb_build_object('borderPost', 'Post ' || g % 6, 'reference', 'EX-' || g,
                        'goods', (SELECT jsonb_agg(jsonb_build_object('lineNumber', l, 'hsCode', '8482100000',
                            'description', repeat('goods ', 20))) FROM generate_series(1, 3) l)),
                    'timeline', repeat('x', 800),
                    'reexports', CASE g % 100
                        WHEN 0 THEN '[{"hit": {"hs6": "848210"}}, {"hit": {"hs6": "848220"}, "decision": null}]'::jsonb
                        WHEN 1 THEN '[{"hit": {"hs6": "848210"}, "decision": {"decision": "ORIGIN_PROVEN_LOCAL"}}]'::jsonb
                        ELSE '[]'::jsonb END)
                FROM generate_series(1, 200000) g""");
        migrated.execute("ANALYZE consignment_detail");

        try (Connection connection = migrated.getDataSource().getConnection()) {
            connection.setAutoCommit(false); // the statistics of this transaction tell how the query read the table
            JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            CircumventionCounts counts = new CircumventionCountQueries(jdbc)
                    .handle(new FetchCircumventionCountsQuery(List.of(), Instant.parse("2026-12-07T12:00:00Z")));

            assertThat(counts.total(POSSIBLE_REEXPORT)).isEqualTo(4000);
            assertThat(jdbc.queryForObject("SELECT seq_scan FROM pg_stat_xact_user_tables WHERE relname = 'consignment_detail'",
                    Long.class)).isZero();
            connection.rollback();
        }
    }
}
