package org.borderledger.holds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.borderledger.holds.HeldGoodsProjection.PROCESSING_GROUP;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.QuerySideTestApplication;
import org.borderledger.actor.api.Actor;
import org.borderledger.actor.api.Role;
import org.borderledger.consignment.api.DecisionReason;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.DeclareConsignmentCommand;
import org.borderledger.consignment.api.HoldDecision;
import org.borderledger.consignment.api.HoldReason;
import org.borderledger.consignment.api.PlaceHoldCommand;
import org.borderledger.consignment.api.ReviewHoldCommand;
import org.borderledger.holds.api.FetchHeldGoodsQuery;
import org.borderledger.holds.api.HeldGoods;
import org.borderledger.holds.api.HeldGoodsPage;
import org.borderledger.holds.api.HeldGoodsSort;
import org.borderledger.support.Commands;
import org.borderledger.support.FreshQuerySideDatabase;
import org.borderledger.support.Lifecycles;
import org.borderledger.support.Projections;
import org.junit.jupiter.api.Test;
import org.borderledger.projection.ProjectionReplay;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * The held-goods projection on the machine's PostgreSQL: built by its pooled processor from the
 * events of real commands, read through the QueryGateway, redelivered and replayed.
 */
@SpringBootTest(classes = QuerySideTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "borderledger.snapshot-threshold=3")
@ContextConfiguration(initializers = FreshQuerySideDatabase.class)
@Import(Commands.class)
class HeldGoodsIntegrationTest {

    /** The shared officer and supervisor, posted to every post: each test declares at a post of its own. */
    static final Actor OFFICER = Lifecycles.postedEverywhere(Lifecycles.OFFICER);
    static final Actor SUPERVISOR = Lifecycles.postedEverywhere(Lifecycles.SUPERVISOR);
    /** A supervisor who placed no hold in these tests, to decide those that {@link #SUPERVISOR} placed. */
    static final Actor OTHER_SUPERVISOR = Lifecycles.postedEverywhere(new Actor("a.nurlanova", Role.SUPERVISOR, "Kurmangazy"));
    /** Both tables of the projection, so that a rebuild is compared on everything it writes. */
    static final String ALL_ROWS = """
            SELECT h.*, d.version AS declaration_version FROM consignment_hold_declaration d
            LEFT JOIN consignment_hold h USING (consignment_id) ORDER BY consignment_id, hold_id""";

    @Autowired
    QueryGateway queries;
    @Autowired
    EventStore eventStore;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    ProjectionReplay replay;
    @Autowired
    HeldGoodsProjection projection;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Commands commands;

    @Test
    void aSanctionsHoldLiftedBySupervisorIsDecidedAndLeavesTheQueue() {
        String id = "CN-HLD-SANCTIONS";
        commands.send(new DeclareConsignmentCommand(id, Lifecycles.toASanctionedConsignee("EX-HLD-SANCTIONS")), OFFICER);
        await().untilAsserted(() -> assertThat(queue(OFFICER, Declarations.BORDER_POST, null).items())
                .anySatisfy(held -> {
                    assertThat(held.holdId()).isEqualTo("AUTO-1");
                    assertThat(held.consignmentId()).isEqualTo(id);
                    assertThat(held.reason()).isEqualTo(HoldReason.SANCTIONS_MATCH);
                    assertThat(held.automatic()).isTrue();
                    // Screening of the officer's declaration placed it: that officer may not decide it.
                    assertThat(held.placedBy()).isEqualTo(OFFICER.userId());
                    assertThat(held.placedByRole()).isEqualTo(Role.OFFICER);
                    assertThat(held.mayDecide()).isFalse();
                }));

        Lifecycles.liftInspectAndRelease(commands, id);

        await().untilAsserted(() -> assertThat(row(id, "AUTO-1")).containsEntry("open", false)
                .containsEntry("decision", "LIFT").containsEntry("decision_reason", "FALSE_POSITIVE_MATCH")
                .containsEntry("decided_by", SUPERVISOR.userId()).containsEntry("reference", "EX-HLD-SANCTIONS")
                .containsEntry("border_post", Declarations.BORDER_POST).containsEntry("referred_agency", null)
                .containsEntry("version", 3L));
        assertThat(queue(SUPERVISOR, Declarations.BORDER_POST, null).items()).noneMatch(held -> held.consignmentId().equals(id));
    }

    @Test
    void anOfficersHoldReferredToAnAgencyStaysQueuedAsReferredUntilLifted() {
        String id = declared("HLD-REFER", "Taskala");
        commands.send(new PlaceHoldCommand(id, 1, "H-1", HoldReason.OTHER_AGENCY, "Phytosanitary certificate doubtful"),
                OFFICER);
        commands.send(new ReviewHoldCommand(id, 2, "H-1", HoldDecision.REFER, DecisionReason.AGENCY_COMPETENT,
                "Plant quarantine must examine the certificate", "Plant Quarantine Inspectorate"), SUPERVISOR);

        await().untilAsserted(() -> assertThat(queue(SUPERVISOR, "Taskala", true).items()).singleElement()
                .satisfies(held -> {
                    assertThat(held.holdId()).isEqualTo("H-1");
                    assertThat(held.referred()).isTrue();
                    assertThat(held.referredAgency()).isEqualTo("Plant Quarantine Inspectorate");
                    assertThat(held.referredBy()).isEqualTo(SUPERVISOR.userId());
                    assertThat(held.referredAt()).isAfter(held.placedAt());
                    assertThat(held.age()).isGreaterThanOrEqualTo(Duration.ZERO);
                    assertThat(held.mayDecide()).isTrue();
                }));
        assertThat(queue(OFFICER, "Taskala", true).items()).extracting(HeldGoods::mayDecide).containsExactly(false);
        assertThat(queue(SUPERVISOR, "Taskala", false).total()).isZero();

        commands.send(new ReviewHoldCommand(id, 3, "H-1", HoldDecision.LIFT, DecisionReason.LICENCE_PRESENTED,
                "Certificate confirmed by the inspectorate", null), OTHER_SUPERVISOR);

        await().untilAsserted(() -> assertThat(row(id, "H-1")).containsEntry("open", false)
                .containsEntry("decision", "LIFT").containsEntry("decided_by", OTHER_SUPERVISOR.userId())
                .containsEntry("referred_agency", "Plant Quarantine Inspectorate")
                .containsEntry("referred_by", SUPERVISOR.userId()).containsEntry("placed_by_role", "OFFICER"));
        assertThat(queue(SUPERVISOR, "Taskala", null).total()).isZero();
    }

    @Test
    void aSupervisorsOwnHoldIsQueuedForEveryOtherSupervisorToDecide() {
        String id = declared("HLD-OWN", "Aksai");
        commands.send(new PlaceHoldCommand(id, 1, "H-1", HoldReason.RISK_INTELLIGENCE, "Tip-off"), SUPERVISOR);

        await().untilAsserted(() -> assertThat(queue(SUPERVISOR, "Aksai", null).items())
                .extracting(HeldGoods::mayDecide).containsExactly(false));
        assertThat(queue(OTHER_SUPERVISOR, "Aksai", null).items()).extracting(HeldGoods::mayDecide)
                .containsExactly(true);
    }

    @Test
    void theQueueFiltersSortsAndPagesInSql() {
        String first = declared("HLD-Q1", "Karakoga");
        commands.send(new PlaceHoldCommand(first, 1, "H-1", HoldReason.DOCUMENTS, "Invoice missing"), OFFICER);
        commands.send(new PlaceHoldCommand(first, 2, "H-2", HoldReason.RISK_INTELLIGENCE, "Profile match"), OFFICER);
        String second = declared("HLD-Q2", "Karakoga");
        commands.send(new PlaceHoldCommand(second, 1, "H-1", HoldReason.OTHER, "Seal broken"), SUPERVISOR);
        String elsewhere = declared("HLD-Q3", "Kyzyl Zhar");
        commands.send(new PlaceHoldCommand(elsewhere, 1, "H-1", HoldReason.DOCUMENTS, "Certificate missing"), OFFICER);
        await().untilAsserted(() -> assertThat(queue(SUPERVISOR, "Karakoga", null).total()).isEqualTo(3));
        // Another consignment, maybe in another segment whose batch commits later.
        await().untilAsserted(() -> assertThat(queue(SUPERVISOR, "Kyzyl Zhar", null).total()).isEqualTo(1));

        assertThat(keys(query("Karakoga", null, null, HeldGoodsSort.PLACED_AT, false, 0, 10)))
                .containsExactly(first + "/H-1", first + "/H-2", second + "/H-1");
        HeldGoodsPage page = page(query("Karakoga", null, null, HeldGoodsSort.PLACED_AT, false, 1, 1));
        assertThat(page.total()).isEqualTo(3);
        assertThat(keys(page)).containsExactly(first + "/H-2");
        assertThat(keys(query("Karakoga", null, null, HeldGoodsSort.PLACED_AT, true, 0, 1)))
                .containsExactly(second + "/H-1");
        assertThat(page.items().get(0).age()).isGreaterThanOrEqualTo(Duration.ZERO);
        assertThat(keys(query("Karakoga", null, null, HeldGoodsSort.REASON, false, 0, 10)))
                .containsExactly(first + "/H-1", second + "/H-1", first + "/H-2");
        assertThat(keys(query("Karakoga", HoldReason.DOCUMENTS, null, HeldGoodsSort.PLACED_AT, false, 0, 10)))
                .containsExactly(first + "/H-1");
        assertThat(keys(query("Kyzyl Zhar", null, null, null, false, 0, 10))).containsExactly(elsewhere + "/H-1");

        commands.send(new ReviewHoldCommand(second, 2, "H-1", HoldDecision.REFER, DecisionReason.AGENCY_COMPETENT,
                "Border guard to examine the seal", "Border Guard Service"), OTHER_SUPERVISOR);
        await().untilAsserted(() -> assertThat(keys(query("Karakoga", null, true, null, false, 0, 10)))
                .containsExactly(second + "/H-1"));
        assertThat(keys(query("Karakoga", null, false, null, false, 0, 10)))
                .containsExactly(first + "/H-1", first + "/H-2");

        assertThatThrownBy(() -> new FetchHeldGoodsQuery(" ", null, null, null, null, false, 0, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("four-eyes");
        assertThatThrownBy(() -> new FetchHeldGoodsQuery("x", null, null, null, null, false, 0, 201))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 1 and 200");
    }

    /** As in the aggregate, seizing on one hold ends the consignment but decides none of its other holds. */
    @Test
    void aSeizureEndsTheConsignmentAndTakesItsOtherHoldsOffTheQueueStillUndecided() {
        String id = declared("HLD-SEIZE", "Alimbet");
        commands.send(new PlaceHoldCommand(id, 1, "H-1", HoldReason.CONTROLLED_GOODS, "Dual-use items"), OFFICER);
        commands.send(new PlaceHoldCommand(id, 2, "H-2", HoldReason.DOCUMENTS, "Licence missing"), OFFICER);
        commands.send(new ReviewHoldCommand(id, 3, "H-1", HoldDecision.SEIZE, DecisionReason.PROHIBITED_GOODS,
                "Goods under export ban", null), SUPERVISOR);

        await().untilAsserted(() -> assertThat(row(id, "H-1")).containsEntry("decision", "SEIZE")
                .containsEntry("open", false).containsEntry("consignment_closed_as", "SEIZED"));
        assertThat(row(id, "H-2")).containsEntry("decision", null).containsEntry("open", true)
                .containsEntry("consignment_closed_as", "SEIZED").containsEntry("awaiting_decision", false);
        assertThat(queue(SUPERVISOR, "Alimbet", null).total()).isZero();
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        String id = referred("HLD-AGAIN", "Zhaisan");
        commands.send(new ReviewHoldCommand(id, 3, "H-1", HoldDecision.LIFT, DecisionReason.DOCUMENTS_CORRECTED,
                "Invoice presented", null), OTHER_SUPERVISOR);
        await().untilAsserted(() -> assertThat(row(id, "H-1")).containsEntry("version", 4L));
        List<Map<String, Object>> before = jdbc.queryForList("SELECT * FROM consignment_hold WHERE consignment_id = ?", id);

        Projections.redeliver(eventStore, id, projection);

        assertThat(jdbc.queryForList("SELECT * FROM consignment_hold WHERE consignment_id = ?", id)).isEqualTo(before);
    }

    @Test
    void aResetProcessorRebuildsTheSameTablesRowForRow() {
        String id = referred("HLD-REPLAY", "Kairak");
        assertThat(processing.eventProcessor(PROCESSING_GROUP, PooledStreamingEventProcessor.class)).isPresent();
        assertThat(processing.deadLetterQueue(PROCESSING_GROUP)).containsInstanceOf(JdbcSequencedDeadLetterQueue.class);
        await().untilAsserted(() -> assertThat(row(id, "H-1")).containsEntry("version", 3L));

        Projections.assertThatARebuildGivesTheSameRows(processing, replay, PROCESSING_GROUP, jdbc, ALL_ROWS);
    }

    /** Declares a consignment, has an officer hold it (H-1) and a supervisor refer the hold; version 3. */
    private String referred(String name, String borderPost) {
        String id = declared(name, borderPost);
        commands.send(new PlaceHoldCommand(id, 1, "H-1", HoldReason.DOCUMENTS, "Invoice missing"), OFFICER);
        commands.send(new ReviewHoldCommand(id, 2, "H-1", HoldDecision.REFER, DecisionReason.AGENCY_COMPETENT,
                "Tax authority to check the invoice", "State Revenue Committee"), SUPERVISOR);
        return id;
    }

    /** Declares a consignment at a border post of this test's own, so each test sees only its holds; version 1. */
    private String declared(String name, String borderPost) {
        String id = "CN-" + name;
        commands.send(new DeclareConsignmentCommand(id, Declarations.builder().reference("EX-" + name)
                .borderPost(borderPost).build()), OFFICER);
        return id;
    }

    private Map<String, Object> row(String consignmentId, String holdId) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT * FROM consignment_hold WHERE consignment_id = ? AND hold_id = ?", consignmentId, holdId);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private HeldGoodsPage queue(Actor viewer, String borderPost, Boolean referred) {
        return page(new FetchHeldGoodsQuery(viewer.userId(), borderPost, null, referred, null, false, 0, 50));
    }

    private static FetchHeldGoodsQuery query(String borderPost, HoldReason reason, Boolean referred, HeldGoodsSort sort,
                                             boolean descending, int offset, int limit) {
        return new FetchHeldGoodsQuery(SUPERVISOR.userId(), borderPost, reason, referred, sort, descending, offset, limit);
    }

    private HeldGoodsPage page(FetchHeldGoodsQuery query) {
        return queries.query(query, HeldGoodsPage.class).join();
    }

    private List<String> keys(FetchHeldGoodsQuery query) {
        return keys(page(query));
    }

    private static List<String> keys(HeldGoodsPage page) {
        return page.items().stream().map(held -> held.consignmentId() + "/" + held.holdId()).toList();
    }
}
