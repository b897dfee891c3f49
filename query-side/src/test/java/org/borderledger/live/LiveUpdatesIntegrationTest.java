package org.borderledger.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.borderledger.support.Lifecycles.OFFICER;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.borderledger.QuerySideTestApplication;
import org.borderledger.consignment.api.ConsignmentStatus;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.DeclareConsignmentCommand;
import org.borderledger.consignment.api.HoldReason;
import org.borderledger.consignment.api.PlaceHoldCommand;
import org.borderledger.live.api.ProjectionChanged;
import org.borderledger.summary.api.ConsignmentSummary;
import org.borderledger.summary.api.FetchConsignmentSummaryQuery;
import org.borderledger.support.Commands;
import org.borderledger.support.FreshQuerySideDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * Subscription queries fed by PostgreSQL notices on the machine's PostgreSQL: a subscriber hears of
 * its own consignment once the projection's rows are committed, and the listener outlives its
 * connection.
 */
@SpringBootTest(classes = QuerySideTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ContextConfiguration(initializers = FreshQuerySideDatabase.class)
@Import(Commands.class)
class LiveUpdatesIntegrationTest {

    static final String SUMMARY = "consignment-summary";

    @Autowired
    QueryGateway queries;
    @Autowired
    Commands commands;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSubscriberHearsOfItsOwnConsignmentOnceTheNewRowIsCommitted() {
        String other = declared("LIVE-OTHER");
        String watched = declared("LIVE-WATCHED");
        listenerPid();
        List<ConsignmentStatus> statusesOnUpdate = new CopyOnWriteArrayList<>();
        List<ProjectionChanged> watchedUpdates = new CopyOnWriteArrayList<>();
        List<ProjectionChanged> otherUpdates = new CopyOnWriteArrayList<>();

        try (var watching = subscribe(watched); var watchingOther = subscribe(other)) {
            assertThat(watching.initialResult().block()).hasValueSatisfying(
                    summary -> assertThat(summary.status()).isNotEqualTo(ConsignmentStatus.HELD));
            watching.updates().subscribe(change -> {
                watchedUpdates.add(change);
                if (change.processingGroup().equals(SUMMARY)) {
                    statusesOnUpdate.add(summaryOf(watched).orElseThrow().status());
                }
            });
            watchingOther.updates().subscribe(otherUpdates::add);

            placeHold(watched);

            await().untilAsserted(() -> assertThat(statusesOnUpdate).last().isEqualTo(ConsignmentStatus.HELD));
            assertThat(watchedUpdates).extracting(ProjectionChanged::consignmentId).containsOnly(watched);
            assertThat(otherUpdates).extracting(ProjectionChanged::consignmentId).doesNotContain(watched);
        }
    }

    @Test
    void theListenerComesBackAfterItsConnectionIsKilledAndStillDelivers() {
        String watched = declared("LIVE-KILLED");
        int killed = listenerPid();
        assertThat(jdbc.queryForObject("SELECT pg_terminate_backend(?)", Boolean.class, killed)).isTrue();
        await().untilAsserted(() -> assertThat(listenerPid()).isNotEqualTo(killed));

        List<ProjectionChanged> updates = new CopyOnWriteArrayList<>();
        try (var watching = subscribe(watched)) {
            watching.updates().subscribe(updates::add);
            placeHold(watched);
            await().untilAsserted(() -> assertThat(updates).contains(new ProjectionChanged(SUMMARY, watched)));
        }
    }

    /** The backend of the session listening for notices, once it listens. */
    private int listenerPid() {
        List<Integer> pids = new CopyOnWriteArrayList<>();
        await().untilAsserted(() -> {
            pids.clear();
            pids.addAll(jdbc.queryForList("""
                    SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = ?""",
                    Integer.class, ProjectionChangeListener.SESSION_NAME));
            assertThat(pids).hasSize(1);
        });
        return pids.get(0);
    }

    private SubscriptionQueryResult<Optional<ConsignmentSummary>, ProjectionChanged> subscribe(String id) {
        return queries.subscriptionQuery(new FetchConsignmentSummaryQuery(id),
                ResponseTypes.optionalInstanceOf(ConsignmentSummary.class), ResponseTypes.instanceOf(ProjectionChanged.class));
    }

    private void placeHold(String id) {
        long version = summaryOf(id).orElseThrow().version();
        commands.send(new PlaceHoldCommand(id, version, "H-LIVE", HoldReason.DOCUMENTS, "Invoice missing"), OFFICER);
    }

    private String declared(String name) {
        String id = "CN-" + name;
        commands.send(new DeclareConsignmentCommand(id, Declarations.withReference("EX-" + name)), OFFICER);
        await().untilAsserted(() -> assertThat(summaryOf(id)).hasValueSatisfying(
                summary -> assertThat(summary.channel()).isNotNull()));
        return id;
    }

    private Optional<ConsignmentSummary> summaryOf(String id) {
        return queries.query(new FetchConsignmentSummaryQuery(id), ResponseTypes.optionalInstanceOf(ConsignmentSummary.class))
                .join();
    }
}
