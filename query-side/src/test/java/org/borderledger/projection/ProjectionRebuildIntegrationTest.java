package org.borderledger.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.borderledger.projection.EveryProjection.TABLES;
import static org.borderledger.support.Lifecycles.OFFICER;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.QuerySideTestApplication;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.DeclareConsignmentCommand;
import org.borderledger.projection.api.FetchProjectionStatusQuery;
import org.borderledger.projection.api.ProjectionStatus;
import org.borderledger.projection.api.RebuildStart;
import org.borderledger.projection.api.SegmentStatus;
import org.borderledger.support.Commands;
import org.borderledger.support.FreshQuerySideDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/** A rebuild in the background, of a projection or of all, on the machine's PostgreSQL, followed through the status query. */
@SpringBootTest(classes = QuerySideTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ContextConfiguration(initializers = FreshQuerySideDatabase.class)
@Import(Commands.class)
class ProjectionRebuildIntegrationTest {

    static final String SUMMARY = "consignment-summary";
    static final String ALL_ROWS = "SELECT * FROM consignment_summary ORDER BY consignment_id";

    @Autowired
    ProjectionRebuild rebuild;
    @Autowired
    QueryGateway queries;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Commands commands;
    @Autowired
    EventProcessingConfiguration processing;

    EveryProjection projections;

    @BeforeEach
    void everyProjection() {
        projections = new EveryProjection(processing, jdbc, commands);
    }

    @Test
    void aRebuildRunsInTheBackgroundReachesTheTotalAndGivesTheSameTable() {
        for (int i = 1; i <= 5; i++) {
            commands.send(new DeclareConsignmentCommand("CN-REBUILD-" + i, Declarations.withReference("EX-REBUILD-" + i)),
                    OFFICER);
        }
        await().untilAsserted(() -> assertThat(finished(summaryStatus())).isTrue());
        List<Map<String, Object>> live = jdbc.queryForList(ALL_ROWS);
        assertThat(live).hasSize(5);

        OffsetDateTime started = jdbc.queryForObject("SELECT now()", OffsetDateTime.class);
        assertThat(rebuild.rebuild(SUMMARY)).isEqualTo(RebuildStart.STARTED);
        assertThat(rebuild.rebuild(SUMMARY)).isEqualTo(RebuildStart.ALREADY_REBUILDING);
        assertThat(rebuild.rebuild("no-such-projection")).isEqualTo(RebuildStart.UNKNOWN_PROCESSING_GROUP);

        await().untilAsserted(() -> {
            ProjectionStatus status = summaryStatus();
            assertThat(status.mode()).isEqualTo("pooled");
            assertThat(status.segments()).hasSize(4);
            assertThat(status.eventsPerSecond()).isNotNegative();
            assertThat(finished(status)).isTrue();
            assertThat(jdbc.queryForList(ALL_ROWS)).isEqualTo(live);
        });
        await().untilAsserted(() -> assertThat(rebuild.isRebuilding(SUMMARY)).isFalse());
        // The refilled table has planner statistics at once, gathered after the replay.
        await().untilAsserted(() -> assertThat(jdbc.queryForObject("""
                SELECT last_analyze >= ? FROM pg_stat_user_tables WHERE relname = 'consignment_summary'""",
                Boolean.class, started)).isTrue());
        assertThat(rebuild.rebuild(SUMMARY)).isEqualTo(RebuildStart.STARTED);
        // The context's other tests get a finished projection.
        await().untilAsserted(() -> assertThat(rebuild.isRebuilding(SUMMARY)).isFalse());
    }

    @Test
    void aRebuildOfAllFillsEveryProjectionInOnePassAndTheirProcessorsRunAgain() {
        projections.storeSomeHistory("REBUILD-ALL");
        Map<String, List<Map<String, Object>>> live = projections.rowsOnceCaughtUp();

        assertThat(rebuild.rebuildAll()).isEqualTo(RebuildStart.STARTED);
        assertThat(TABLES.keySet()).allMatch(rebuild::isRebuilding);
        assertThat(rebuild.rebuildAll()).isEqualTo(RebuildStart.ALREADY_REBUILDING);
        assertThat(rebuild.rebuild(SUMMARY)).isEqualTo(RebuildStart.ALREADY_REBUILDING);

        await().untilAsserted(() -> assertThat(TABLES.keySet()).noneMatch(rebuild::isRebuilding));
        assertThat(projections.rows()).isEqualTo(live);
        assertThat(statuses()).extracting(ProjectionStatus::processingGroup).containsExactlyInAnyOrderElementsOf(TABLES.keySet());
        await().untilAsserted(() -> assertThat(statuses()).allMatch(ProjectionRebuildIntegrationTest::finished));
        commands.send(new DeclareConsignmentCommand("CN-REBUILT-ALL-AFTER", Declarations.withReference("EX-REBUILT-ALL-AFTER")),
                OFFICER);
        await().untilAsserted(() -> assertThat(jdbc.queryForList(
                "SELECT consignment_id FROM consignment_summary WHERE consignment_id = 'CN-REBUILT-ALL-AFTER'")).hasSize(1));
    }

    @Test
    void aRebuildOfAllIsRefusedWhileOneProjectionIsBeingRebuilt() {
        assertThat(rebuild.rebuild(SUMMARY)).isEqualTo(RebuildStart.STARTED);
        assertThat(rebuild.rebuildAll()).isEqualTo(RebuildStart.ALREADY_REBUILDING);
        assertThat(rebuild.isRebuilding("consignment-detail")).isFalse();
        await().untilAsserted(() -> assertThat(rebuild.isRebuilding(SUMMARY)).isFalse());
    }

    @Test
    void aRebuildIsRefusedWhileAnotherInstanceHoldsAShareOfTheSegments() {
        jdbc.update("INSERT INTO processing_instance (instance_id, last_seen) VALUES ('instance-other', now())");
        try {
            assertThat(rebuild.rebuild(SUMMARY)).isEqualTo(RebuildStart.OTHER_INSTANCES_RUNNING);
            assertThat(rebuild.rebuildAll()).isEqualTo(RebuildStart.OTHER_INSTANCES_RUNNING);
            assertThat(TABLES.keySet()).noneMatch(rebuild::isRebuilding);
        } finally {
            jdbc.update("DELETE FROM processing_instance WHERE instance_id = 'instance-other'");
        }
    }

    private static boolean finished(ProjectionStatus status) {
        return status.running() && !status.replaying() && status.eventsTotal() > 0
                && status.eventsDone() == status.eventsTotal()
                && status.segments().stream().allMatch(SegmentStatus::done);
    }

    private ProjectionStatus summaryStatus() {
        return statuses().stream().filter(status -> status.processingGroup().equals(SUMMARY)).findFirst().orElseThrow();
    }

    private List<ProjectionStatus> statuses() {
        return queries.query(new FetchProjectionStatusQuery(), ResponseTypes.multipleInstancesOf(ProjectionStatus.class))
                .join();
    }
}
