package org.borderledger.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.borderledger.QuerySideTestApplication;
import org.borderledger.access.api.AccessAction;
import org.borderledger.access.api.AccessEntry;
import org.borderledger.access.api.AccessLog;
import org.borderledger.actor.api.Actor;
import org.borderledger.actor.api.Role;
import org.borderledger.support.FreshQuerySideDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;
import org.springframework.test.context.ContextConfiguration;

/**
 * What someone types never costs the access log an entry: hostile values in every field the log
 * records are stored escaped and bounded beside other users' entries of the same batches, an entry the
 * database refuses anyway leaves a stand-in and takes nothing else with it. (The auditor's page and CSV
 * showing the escaped values are the web's HostileAccessValuesPagesTest.)
 */
@SpringBootTest(classes = QuerySideTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ContextConfiguration(initializers = FreshQuerySideDatabase.class)
class HostileAccessValuesTest {

    private static final Map<String, String> HOSTILE = Map.of(
            "nul", "a\u0000b",
            "lone surrogate", "x\uD800y",
            "100 KB", "A".repeat(100_000),
            "control characters", "\u0007\u001B[31m\r\nFAKE ENTRY",
            "right-to-left override", "\u202Efdp.exe");

    /** Each field of an entry that carries typed text, set to a value. */
    private static final Map<String, Function<String, AccessEntry>> FIELDS = Map.of(
            "userId", value -> entry("h." + value, "Kurmangazy", null, null, Map.of(), "/consignments"),
            "borderPost", value -> entry("h.post", value, null, null, Map.of(), "/consignments"),
            "consignmentId", value -> entry("h.consignment", "Kurmangazy", value, null, Map.of(), "/consignments/x"),
            "exportKind", value -> entry("h.kind", "Kurmangazy", null, value, Map.of(), "/audit/events/export.csv"),
            "criterion name", value -> entry("h.name", "Kurmangazy", null, null, Map.of(value, "1"), "/consignments"),
            "criterion value", value -> entry("h.value", "Kurmangazy", null, null, Map.of("dir", value), "/consignments"),
            "path", value -> entry("h.path", "Kurmangazy", null, null, Map.of(), "/consignments/" + value));

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry meters;
    /** The writers here are the test's own, apart from the application's. */
    final AsyncTaskExecutor writerThread = new SimpleAsyncTaskExecutor("test-access-log-writer-");

    @Test
    void hostileValuesInEveryRecordedFieldAreStoredEscapedAndBoundedBesideEveryOtherUsersEntries() {
        AccessLogWriter writer = new AccessLogWriter(jdbc, meters, writerThread, 1000, 7, Duration.ofMillis(20), Duration.ofSeconds(1));
        double failuresBefore = failures();
        writer.start();
        int hostile = 0;
        Map<String, Integer> normal = new HashMap<>();
        for (Function<String, AccessEntry> field : FIELDS.values()) {
            for (String value : HOSTILE.values()) {
                writer.record(field.apply(value));
                hostile++;
                String other = "u.normal-" + hostile % 3;
                writer.record(entry(other, "Kurmangazy", "CN-" + hostile, null, Map.of("party", "Romashka"), "/consignments"));
                normal.merge(other, 1, Integer::sum);
            }
        }
        writer.stop();

        normal.forEach((userId, count) -> assertThat(rows("user_id = ?", userId)).as(userId).isEqualTo(count));
        assertThat(rows("user_id LIKE 'h.%'")).isEqualTo(hostile);
        assertThat(failures()).isEqualTo(failuresBefore);
        // Nothing that would reorder or fake the display is stored as such, and every bound holds.
        assertThat(rows("(user_id || border_post || coalesce(consignment_id, '') || coalesce(export_kind, '') || path"
                + " || coalesce(criteria::text, '')) ~ '[\\x01-\\x1f\\u202e]'")).isZero();
        assertThat(jdbc.queryForObject("SELECT criteria ->> 'dir' FROM access_log WHERE user_id = 'h.value'"
                + " AND criteria ->> 'dir' LIKE 'a%b'", String.class)).isEqualTo("a\\u0000b");
        assertThat(jdbc.queryForObject("SELECT criteria ->> '_stored' FROM access_log WHERE user_id = 'h.value'"
                + " AND criteria ->> 'dir' LIKE 'a%b'", String.class)).isEqualTo("criteria.dir escaped");
        assertThat(jdbc.queryForList("SELECT criteria ->> 'dir' FROM access_log WHERE user_id = 'h.value'", String.class))
                .contains("x\uFFFDy", "\\u202Efdp.exe", "\\u0007\\u001B[31m\\u000D\\u000AFAKE ENTRY")
                .anySatisfy(truncated -> assertThat(truncated).startsWith("AAAA").endsWith(" more characters]")
                        .hasSizeLessThanOrEqualTo(StorableEntry.CRITERION));
        assertThat(jdbc.queryForObject("SELECT path FROM access_log WHERE user_id = 'h.path' ORDER BY length(path) DESC"
                + " LIMIT 1", String.class)).hasSizeBetween(1990, 2000).endsWith(" more characters]");
        assertThat(jdbc.queryForList("SELECT user_id FROM access_log WHERE user_id LIKE 'h.%' AND length(user_id) > 60",
                String.class)).singleElement().asString().endsWith(" more characters]");
    }

    @Test
    void anEntryTheDatabaseRefusesLeavesAStandInAndTheRestOfItsBatchIsStored() {
        // The database refusing one entry of a batch for what it holds, whatever the reason.
        JdbcTemplate refusing = new JdbcTemplate(jdbc.getDataSource()) {
            @Override
            public <T> int[][] batchUpdate(String sql, Collection<T> batchArgs, int batchSize,
                                           ParameterizedPreparedStatementSetter<T> setter) throws DataAccessException {
                if (batchArgs.stream().anyMatch(entry -> ((AccessEntry) entry).criteria().containsKey("poison"))) {
                    throw new DataIntegrityViolationException("ERROR: invalid input syntax for type json");
                }
                return super.batchUpdate(sql, batchArgs, batchSize, setter);
            }
        };
        AccessLogWriter writer = new AccessLogWriter(refusing, meters, writerThread, 100, 50, Duration.ofMinutes(1), Duration.ofSeconds(1));
        double refusedBefore = meters.counter(AccessLog.FAILURES, "kind", "entry-refused").count();
        writer.start();
        List<AccessEntry> batch = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            batch.add(entry("u.batchmate-" + i % 4, "Kurmangazy", "CN-" + i, null, Map.of(), "/consignments/CN-" + i));
        }
        batch.add(6, entry("u.poisoned", "Kurmangazy", "CN-P", null, Map.of("poison", "1"), "/consignments"));
        batch.forEach(writer::record);
        writer.stop();

        assertThat(rows("user_id LIKE 'u.batchmate-%'")).isEqualTo(13);
        assertThat(jdbc.queryForObject("SELECT criteria ->> '_stored' FROM access_log WHERE user_id = 'u.poisoned'",
                String.class)).contains("the database refused the entry", "invalid input syntax for type json");
        assertThat(meters.counter(AccessLog.FAILURES, "kind", "entry-refused").count()).isEqualTo(refusedBefore + 1);
        assertThat(writer.dropped()).isZero();
    }

    private double failures() {
        return meters.find(AccessLog.FAILURES).counters().stream().mapToDouble(counter -> counter.count()).sum();
    }

    private int rows(String condition, Object... arguments) {
        return jdbc.queryForObject("SELECT count(*) FROM access_log WHERE " + condition, Integer.class, arguments);
    }

    private static AccessEntry entry(String userId, String borderPost, String consignmentId, String exportKind,
                                     Map<String, String> criteria, String path) {
        return new AccessEntry(Instant.now().truncatedTo(ChronoUnit.MICROS), new Actor(userId, Role.OFFICER, borderPost),
                consignmentId == null ? AccessAction.SEARCH : AccessAction.VIEW, consignmentId, exportKind, criteria,
                path, 1);
    }
}
