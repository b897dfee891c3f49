package org.borderledger.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.QuerySideTestApplication;
import org.borderledger.access.api.AccessAction;
import org.borderledger.access.api.AccessEntry;
import org.borderledger.access.api.AccessLogPage;
import org.borderledger.access.api.SearchAccessLogQuery;
import org.borderledger.actor.api.Actor;
import org.borderledger.actor.api.Role;
import org.borderledger.support.FreshQuerySideDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;
import org.springframework.test.context.ContextConfiguration;

/**
 * The access log's writer and table on the machine's PostgreSQL: batches of the configured size or
 * age, everything queued written on stop, a full queue that neither blocks nor loses an entry
 * silently, rows nobody can change, and the search by user, action, consignment and period.
 */
@SpringBootTest(classes = QuerySideTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ContextConfiguration(initializers = FreshQuerySideDatabase.class)
class AccessLogWriterTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    QueryGateway queries;
    final MeterRegistry meters = new SimpleMeterRegistry();
    /** The writers here are the test's own, apart from the application's. */
    final AsyncTaskExecutor writerThread = new SimpleAsyncTaskExecutor("test-access-log-writer-");

    @Test
    void entriesAreWrittenInBatchesOfTheConfiguredSizeAndTheRestWhenTheWriterStops() {
        // A flush interval far beyond the test: only a full batch or the stop writes anything.
        AccessLogWriter writer = new AccessLogWriter(jdbc, meters, writerThread, 100, 3, Duration.ofMinutes(10), Duration.ofMillis(50));
        writer.start();
        for (int i = 0; i < 7; i++) {
            writer.record(viewBy("u.batches", "CN-BATCH-" + i, Instant.now()));
        }

        // The writer counts a batch after its commit, so the rows can be seen a moment before the count.
        await().untilAsserted(() -> {
            assertThat(rowsOf("u.batches")).isEqualTo(6);
            assertThat(writer.batches()).isEqualTo(2);
        });

        writer.stop();
        assertThat(rowsOf("u.batches")).isEqualTo(7);
        assertThat(writer.batches()).isEqualTo(3);
        assertThat(writer.written()).isEqualTo(7);
        assertThat(writer.dropped()).isZero();
    }

    @Test
    void aBatchIsWrittenOnceTheFlushIntervalHasPassedEvenWhenItIsNotFull() {
        AccessLogWriter writer = new AccessLogWriter(jdbc, meters, writerThread, 100, 1000, Duration.ofMillis(100), Duration.ofMillis(50));
        writer.start();
        try {
            writer.record(viewBy("u.interval", "CN-INTERVAL", Instant.now()));
            writer.record(viewBy("u.interval", "CN-INTERVAL", Instant.now()));

            await().untilAsserted(() -> {
                assertThat(rowsOf("u.interval")).isEqualTo(2);
                assertThat(writer.batches()).isEqualTo(1);
            });
        } finally {
            writer.stop();
        }
    }

    @Test
    void aFullQueueHoldsTheCallerOnlyBrieflyAndCountsTheEntryItCouldNotTake() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch writing = new CountDownLatch(1);
        JdbcTemplate stuck = new JdbcTemplate(jdbc.getDataSource()) {
            @Override
            public <T> int[][] batchUpdate(String sql, Collection<T> batchArgs, int batchSize,
                                           ParameterizedPreparedStatementSetter<T> setter) throws DataAccessException {
                writing.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return super.batchUpdate(sql, batchArgs, batchSize, setter);
            }
        };
        AccessLogWriter writer = new AccessLogWriter(stuck, meters, writerThread, 2, 1, Duration.ofMillis(10), Duration.ofMillis(50));
        writer.start();
        try {
            writer.record(viewBy("u.full", "CN-FULL-0", Instant.now()));
            assertThat(writing.await(5, TimeUnit.SECONDS)).isTrue();
            writer.record(viewBy("u.full", "CN-FULL-1", Instant.now()));
            writer.record(viewBy("u.full", "CN-FULL-2", Instant.now()));

            long started = System.nanoTime();
            writer.record(viewBy("u.full", "CN-FULL-3", Instant.now()));
            long waitedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

            assertThat(waitedMs).isBetween(40L, 1000L);
            assertThat(writer.dropped()).isEqualTo(1);
        } finally {
            release.countDown();
            writer.stop();
        }
        assertThat(rowsOf("u.full")).isEqualTo(3);
    }

    @Test
    void theTableRefusesToChangeOrRemoveARowWhoeverAsks() {
        AccessLogWriter writer = new AccessLogWriter(jdbc, meters, writerThread, 10, 10, Duration.ofMillis(10), Duration.ofMillis(50));
        writer.record(viewBy("u.append", "CN-APPEND", Instant.now()));
        assertThat(rowsOf("u.append")).isEqualTo(1);

        assertThatThrownBy(() -> jdbc.update("UPDATE access_log SET user_id = 'someone.else' WHERE user_id = 'u.append'"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("access_log is append-only: UPDATE refused");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM access_log WHERE user_id = 'u.append'"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("access_log is append-only: DELETE refused");
        assertThatThrownBy(() -> jdbc.execute("TRUNCATE access_log"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("access_log is append-only: TRUNCATE refused");
        assertThat(rowsOf("u.append")).isEqualTo(1);
    }

    @Test
    void theLogIsSearchedByUserActionConsignmentAndPeriodNewestFirst() {
        AccessLogWriter writer = new AccessLogWriter(jdbc, meters, writerThread, 10, 10, Duration.ofMillis(10), Duration.ofMillis(50));
        Instant noon = Instant.parse("2026-03-01T12:00:00Z");
        Actor auditor = new Actor("u.search", Role.AUDITOR, null);
        writer.record(viewBy("u.search", "CN-SEARCH-1", noon));
        writer.record(new AccessEntry(noon.plusSeconds(60), auditor, AccessAction.SEARCH, null, null,
                Map.of("party", "Romashka", "post", "Kurmangazy"), "/consignments", 4));
        writer.record(new AccessEntry(noon.plusSeconds(120), auditor, AccessAction.EXPORT, null, "event-log.csv",
                Map.of("consignment", "CN-SEARCH-1"), "/audit/events/export.csv", 12));
        writer.record(viewBy("u.search", "CN-SEARCH-2", noon.plusSeconds(180)));

        assertThat(search(new SearchAccessLogQuery("u.search", null, null, null, null, 0, 10)).entries())
                .extracting(AccessEntry::at).containsExactly(noon.plusSeconds(180), noon.plusSeconds(120),
                        noon.plusSeconds(60), noon);
        AccessEntry found = search(new SearchAccessLogQuery("u.search", AccessAction.SEARCH, null, null, null, 0, 10))
                .entries().get(0);
        assertThat(found).isEqualTo(new AccessEntry(noon.plusSeconds(60), auditor, AccessAction.SEARCH, null, null,
                Map.of("party", "Romashka", "post", "Kurmangazy"), "/consignments", 4));
        assertThat(search(new SearchAccessLogQuery("u.search", null, "CN-SEARCH-1", null, null, 0, 10)).entries())
                .extracting(AccessEntry::action).containsExactly(AccessAction.VIEW);
        assertThat(search(new SearchAccessLogQuery("u.search", null, null, noon.plusSeconds(60), noon.plusSeconds(180), 0, 10))
                .entries()).extracting(AccessEntry::action).containsExactly(AccessAction.EXPORT, AccessAction.SEARCH);
        AccessLogPage first = search(new SearchAccessLogQuery("u.search", null, null, null, null, 0, 3));
        AccessLogPage second = search(new SearchAccessLogQuery("u.search", null, null, null, null, 3, 3));
        assertThat(first.hasMore()).isTrue();
        assertThat(second.hasMore()).isFalse();
        assertThat(second.entries()).extracting(AccessEntry::at).containsExactly(noon);
    }

    private AccessLogPage search(SearchAccessLogQuery query) {
        return queries.query(query, AccessLogPage.class).join();
    }

    private int rowsOf(String userId) {
        return jdbc.queryForObject("SELECT count(*) FROM access_log WHERE user_id = ?", Integer.class, userId);
    }

    private static AccessEntry viewBy(String userId, String consignmentId, Instant at) {
        return new AccessEntry(at.truncatedTo(ChronoUnit.MICROS), new Actor(userId, Role.OFFICER, "Kurmangazy"),
                AccessAction.VIEW, consignmentId, null, null, "/consignments/" + consignmentId, null);
    }
}
