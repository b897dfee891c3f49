package org.borderledger.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.borderledger.summary.ConsignmentSummaryProjection.PROCESSING_GROUP;
import static org.borderledger.support.Projections.domainEvent;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.stream.IntStream;
import java.util.UUID;
import org.borderledger.QuerySideTestApplication;
import org.borderledger.actor.api.Actor;
import org.borderledger.consignment.api.ConsignmentReleasedEvent;
import org.borderledger.consignment.api.DecisionReason;
import org.borderledger.consignment.api.DeclarationAmendedEvent;
import org.borderledger.consignment.api.HoldDecision;
import org.borderledger.consignment.api.HoldPlacedEvent;
import org.borderledger.consignment.api.HoldReviewedEvent;
import org.borderledger.consignment.api.InspectionStartedEvent;
import org.borderledger.consignment.api.ScreeningTrigger;
import org.borderledger.support.FreshQuerySideDatabase;
import org.springframework.transaction.support.TransactionTemplate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.consignment.api.Channel;
import org.borderledger.consignment.api.ConsignmentDeclaredEvent;
import org.borderledger.consignment.api.ConsignmentScreenedEvent;
import org.borderledger.consignment.api.ConsignmentStatus;
import org.borderledger.consignment.api.Declaration;
import org.borderledger.consignment.api.DeclarationCancelledEvent;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.DeclareConsignmentCommand;
import org.borderledger.consignment.api.HoldReason;
import org.borderledger.consignment.api.PlaceHoldCommand;
import org.borderledger.summary.api.ConsignmentSummary;
import org.borderledger.summary.api.ConsignmentSummaryPage;
import org.borderledger.summary.api.FetchConsignmentSummariesQuery;
import org.borderledger.summary.api.FetchConsignmentSummaryQuery;
import org.borderledger.summary.api.SummarySort;
import org.borderledger.support.Commands;
import org.borderledger.support.Lifecycles;
import org.borderledger.support.Projections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.borderledger.projection.ProjectionReplay;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The consignment summary projection on the machine's PostgreSQL: built by its pooled processor
 * from the events of real commands, read through the QueryGateway, redelivered and replayed.
 */
@SpringBootTest(classes = QuerySideTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {"borderledger.snapshot-threshold=3",
        "borderledger.list.count-horizon=1"})
@ContextConfiguration(initializers = FreshQuerySideDatabase.class)
@Import(Commands.class)
class ConsignmentSummaryIntegrationTest {

    /** The shared officer, posted to every post: the filter test declares at a post of its own. */
    static final Actor OFFICER = Lifecycles.postedEverywhere(Lifecycles.OFFICER);
    static final String ALL_ROWS = "SELECT * FROM consignment_summary ORDER BY consignment_id";

    @Autowired
    QueryGateway queries;
    @Autowired
    EventStore eventStore;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    ProjectionReplay replay;
    @Autowired
    ConsignmentSummaryProjection projection;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Commands commands;

    @Test
    void aSanctionsHoldLiftedInspectedAndReleasedEndsReleasedInRedWithNoHoldOpen() {
        String id = releasedAfterASanctionsHold("SUM-LIFE");

        ConsignmentSummary summary = summaryOf(id).orElseThrow();
        assertThat(summary.reference()).isEqualTo("EX-SUM-LIFE");
        assertThat(summary.consigneeName()).isEqualTo("ООО «Ромашка»");
        assertThat(summary.destinationCountry()).isEqualTo("RU");
        assertThat(summary.borderPost()).isEqualTo(Declarations.BORDER_POST);
        assertThat(summary.channel()).isEqualTo(Channel.RED);
        assertThat(summary.openHoldCount()).isZero();
        assertThat(summary.lastChangedAt()).isAfter(summary.declaredAt());
        assertThat(summary.releasedAt()).isEqualTo(summary.lastChangedAt());
        assertThat(summaryOf("CN-UNKNOWN")).isEmpty();
    }

    @Test
    void filtersSortAndPagesAreAnsweredInSql() {
        String first = declared("FLT-1", Declarations.withReference("EX-FLT-1"));
        String second = declared("FLT-2", Declarations.builder().reference("EX-FLT-2")
                .consignee(Declarations.party("Altyn Orda Trading LLP", "KZ")).build());
        String third = declared("FLT-3", Declarations.builder().reference("EX-FLT-3").borderPost("Akbalshyk")
                .carrier(Declarations.party("Tulpar Logistics", "KZ"))
                .goods(List.of(Declarations.goodsLine(1, "6109 10 00 00"), Declarations.goodsLine(2, "8482.10.10.00")))
                .build());
        long heldVersion = summaryOf(second).orElseThrow().version();
        commands.send(new PlaceHoldCommand(second, heldVersion, "H-1", HoldReason.DOCUMENTS, "Invoice missing"), OFFICER);
        await().untilAsserted(() -> assertThat(summaryOf(second).orElseThrow().status()).isEqualTo(ConsignmentStatus.HELD));

        ConsignmentSummaryPage firstPage = page(query(null, null, null, SummarySort.REFERENCE, false, 0, 2));
        assertThat(firstPage.total()).isEqualTo(3);
        assertThat(firstPage.totalExact()).isTrue();
        // Counted one match past the page, no further: at least 2 match, and a next page exists.
        ConsignmentSummaryPage bounded = page(query(null, null, null, SummarySort.REFERENCE, false, 0, 1));
        assertThat(bounded.total()).isEqualTo(2);
        assertThat(bounded.totalExact()).isFalse();
        // Pages of a filter with more matches than counted are sorted by the column's index, the others after the filter.
        assertThat(bounded.items()).extracting(ConsignmentSummary::consignmentId).containsExactly(first);
        assertThat(ids(query(null, null, null, SummarySort.REFERENCE, true, 0, 1))).containsExactly(third);
        assertThat(firstPage.items()).extracting(ConsignmentSummary::consignmentId).containsExactly(first, second);
        assertThat(ids(query(null, null, null, SummarySort.REFERENCE, false, 2, 2))).containsExactly(third);
        assertThat(ids(query(null, null, null, SummarySort.REFERENCE, true, 0, 10))).containsExactly(third, second, first);

        assertThat(ids(query("aLTyn oRDA", null, null, SummarySort.REFERENCE, false, 0, 10))).containsExactly(second);
        assertThat(ids(query("tulpar", null, null, SummarySort.REFERENCE, false, 0, 10))).containsExactly(third);
        assertThat(ids(new FetchConsignmentSummariesQuery("EX-FLT-", null, "8482.10", null, null, null, null, null,
                SummarySort.REFERENCE, false, 0, 10))).containsExactly(third);
        assertThat(ids(new FetchConsignmentSummariesQuery("EX-FLT-", null, "61", null, null, null, null, null,
                SummarySort.REFERENCE, false, 0, 10))).containsExactly(first, second, third);
        assertThat(ids(query(null, ConsignmentStatus.HELD, null, SummarySort.REFERENCE, false, 0, 10))).containsExactly(second);
        assertThat(ids(query(null, null, "Akbalshyk", SummarySort.REFERENCE, false, 0, 10))).containsExactly(third);
        Channel channel = summaryOf(first).orElseThrow().channel();
        assertThat(page(new FetchConsignmentSummariesQuery("EX-FLT-", null, null, null, channel, null, null, null,
                SummarySort.REFERENCE, false, 0, 10)).items())
                .extracting(ConsignmentSummary::channel).containsOnly(channel);

        Instant secondDeclared = summaryOf(second).orElseThrow().declaredAt();
        Instant thirdDeclared = summaryOf(third).orElseThrow().declaredAt();
        assertThat(ids(new FetchConsignmentSummariesQuery("EX-FLT-", null, null, null, null, null, secondDeclared,
                thirdDeclared, SummarySort.DECLARED_AT, false, 0, 10))).containsExactly(second);
        // A wildcard in the input is a literal character, not a pattern.
        assertThat(page(new FetchConsignmentSummariesQuery("EX-FLT_", null, null, null, null, null, null, null,
                SummarySort.REFERENCE, false, 0, 10)).total()).isZero();
    }

    /**
     * pgjdbc prepares a statement on the server after its fifth use, and PostgreSQL may then plan it
     * once for any values; the list's statements are planned with each request's values instead.
     */
    @Test
    void theListsStatementsAreNeverPreparedOnTheServer() {
        String sql = "SELECT count(*) FROM consignment_summary WHERE reference LIKE ?";
        List<String> preparedOnTheServer = jdbc.execute((ConnectionCallback<List<String>>) connection -> {
            for (int use = 0; use < 6; use++) {
                try (PreparedStatement plain = connection.prepareStatement(sql + " AND 'plain' = 'plain'");
                     PreparedStatement planned = ConsignmentSummaryQueries.plannedWithItsValues(sql, List.of("EX-%"))
                             .createPreparedStatement(connection)) {
                    plain.setString(1, "EX-%");
                    plain.executeQuery().close();
                    planned.executeQuery().close();
                }
            }
            // Read in the same session: prepared statements belong to the connection that prepared them.
            return new JdbcTemplate(new SingleConnectionDataSource(connection, true)).queryForList(
                    "SELECT statement FROM pg_prepared_statements WHERE statement LIKE '%reference LIKE%'", String.class);
        });
        // The plain statement shows that the driver would have prepared the list's.
        assertThat(preparedOnTheServer).singleElement().asString().contains("'plain'");
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        String id = releasedAfterASanctionsHold("SUM-AGAIN");
        List<Map<String, Object>> before = jdbc.queryForList("SELECT * FROM consignment_summary WHERE consignment_id = ?", id);

        Projections.redeliver(eventStore, id, projection);

        assertThat(jdbc.queryForList("SELECT * FROM consignment_summary WHERE consignment_id = ?", id)).isEqualTo(before);
    }

    @Test
    void aBatchFoldsAWholeLifecycleWithItsAmendmentIntoOneWriteOfEachRow() {
        List<DomainEventMessage<?>> batched = amendedHeldAndReleased("CN-FOLD-BATCH");
        List<DomainEventMessage<?>> oneByOne = amendedHeldAndReleased("CN-FOLD-EACH");
        Projections.deliverEach(projection, oneByOne);
        Map<String, Object> before = rowOf("CN-FOLD-EACH");
        List<String> goodsBefore = goodsOf("CN-FOLD-EACH");

        // The whole lifecycle, its hold again, and the first events of the other consignment again:
        // that one's stored row is not read (its declaration is in the batch), its version guards it.
        List<DomainEventMessage<?>> batch = new ArrayList<>(batched);
        batch.add(batched.get(2));
        batch.addAll(oneByOne.subList(0, 3));
        Map<String, List<Long>> writes = writesOf(() -> Projections.deliverInOneBatch(projection, batch));

        // Rows inserted, updated, deleted: the summary row once, the goods lines of the amendment only.
        assertThat(writes).containsEntry("consignment_summary", List.of(1L, 0L, 0L))
                .containsEntry("consignment_goods", List.of(2L, 0L, 0L));
        assertThat(rowOf("CN-FOLD-EACH")).isEqualTo(before);
        assertThat(goodsOf("CN-FOLD-EACH")).isEqualTo(goodsBefore).containsExactly("8482101000", "6109100000");
        Map<String, Object> folded = rowOf("CN-FOLD-BATCH");
        folded.put("consignment_id", "CN-FOLD-EACH");
        assertThat(folded).isEqualTo(before);
        assertThat(goodsOf("CN-FOLD-BATCH")).isEqualTo(goodsBefore);
        assertThat(summaryOf("CN-FOLD-BATCH")).hasValueSatisfying(summary -> {
            assertThat(summary.reference()).isEqualTo("EX-FOLD-AMENDED");
            assertThat(summary.consigneeName()).isEqualTo("Altyn Orda Trading LLP");
            assertThat(summary.status()).isEqualTo(ConsignmentStatus.RELEASED);
            assertThat(summary.channel()).isEqualTo(Channel.RED);
            assertThat(summary.openHoldCount()).isZero();
            assertThat(summary.releasedAt()).isEqualTo(summary.lastChangedAt()).isAfter(summary.declaredAt());
            assertThat(summary.version()).isEqualTo(6);
        });
    }

    @Test
    void aBatchRedeliveringEventsOfStoredRowsWritesNothing() {
        List<DomainEventMessage<?>> events = amendedHeldAndReleased("CN-FOLD-AGAIN");
        Projections.deliverInOneBatch(projection, events);
        Map<String, Object> before = rowOf("CN-FOLD-AGAIN");

        Map<String, List<Long>> writes = writesOf(() -> {
            Projections.deliverInOneBatch(projection, events.subList(2, 5));
            Projections.deliverInOneBatch(projection, events.subList(0, 2));
        });

        assertThat(writes).containsEntry("consignment_summary", List.of(0L, 0L, 0L))
                .containsEntry("consignment_goods", List.of(0L, 0L, 0L));
        assertThat(rowOf("CN-FOLD-AGAIN")).isEqualTo(before);
        assertThat(goodsOf("CN-FOLD-AGAIN")).containsExactly("8482101000", "6109100000");
    }

    /**
     * A consignment declared, screened red, held, amended (new consignee, reference and goods),
     * released from its hold, inspected and released: events as the store would hand them over, one
     * second apart from a fixed instant, so two consignments' rows differ only in their ids.
     */
    private static List<DomainEventMessage<?>> amendedHeldAndReleased(String id) {
        Declaration amended = Declarations.builder().reference("EX-FOLD-AMENDED")
                .consignee(Declarations.party("Altyn Orda Trading LLP", "KZ"))
                .goods(Declarations.goodsLines("8482.10.10.00", "6109 10 00 00")).build();
        List<Object> payloads = List.of(
                new ConsignmentDeclaredEvent(id, Declarations.withReference("EX-FOLD"), ConsignmentStatus.DECLARED),
                new ConsignmentScreenedEvent(id, ScreeningTrigger.DECLARATION, "v1", List.of(), Channel.RED, false,
                        null, Channel.RED, ConsignmentStatus.AWAITING_INSPECTION, ConsignmentStatus.AWAITING_INSPECTION),
                new HoldPlacedEvent(id, "H-1", HoldReason.DOCUMENTS, "Invoice missing", false, OFFICER.userId(),
                        ConsignmentStatus.AWAITING_INSPECTION, ConsignmentStatus.HELD),
                new DeclarationAmendedEvent(id, amended, List.of("consignee", "goods"), "Consignee corrected",
                        ConsignmentStatus.HELD),
                new HoldReviewedEvent(id, "H-1", HoldReason.DOCUMENTS, OFFICER.userId(), HoldDecision.LIFT,
                        DecisionReason.DOCUMENTS_CORRECTED, "Invoice presented", null, 0,
                        ConsignmentStatus.AWAITING_INSPECTION),
                new InspectionStartedEvent(id, "INSP-1", "Lane 4", Channel.RED, ConsignmentStatus.UNDER_INSPECTION),
                new ConsignmentReleasedEvent(id, "EX-FOLD-AMENDED", Channel.RED, "Released",
                        ConsignmentStatus.RELEASED));
        Instant start = Instant.parse("2026-11-23T08:00:00Z");
        List<DomainEventMessage<?>> events = new ArrayList<>();
        for (int sequence = 0; sequence < payloads.size(); sequence++) {
            events.add(new GenericDomainEventMessage<>("Consignment", id, sequence, payloads.get(sequence),
                    OFFICER.asMetaData(), UUID.randomUUID().toString(), start.plusSeconds(sequence)));
        }
        return events;
    }

    /**
     * The rows of the summary tables that the batches insert, update and delete, by table: counted
     * within one transaction, since PostgreSQL's per-transaction counters may also hold those of
     * earlier transactions of the same connection that it has not yet reported.
     */
    private Map<String, List<Long>> writesOf(Runnable batches) {
        return transactions.execute(status -> {
            Map<String, List<Long>> before = rowsWritten();
            batches.run();
            Map<String, List<Long>> after = rowsWritten();
            Map<String, List<Long>> writes = new HashMap<>();
            after.forEach((table, counts) -> writes.put(table,
                    IntStream.range(0, counts.size()).mapToObj(i -> counts.get(i) - before.get(table).get(i)).toList()));
            return writes;
        });
    }

    private Map<String, List<Long>> rowsWritten() {
        Map<String, List<Long>> counts = new HashMap<>();
        jdbc.query("""
                SELECT relname, n_tup_ins, n_tup_upd, n_tup_del FROM pg_stat_xact_user_tables
                WHERE relname IN ('consignment_summary', 'consignment_goods')""", row -> {
            counts.put(row.getString(1), List.of(row.getLong(2), row.getLong(3), row.getLong(4)));
        });
        return counts;
    }

    /** The folding tests deliver events the store does not hold: a rebuild would not give their rows back. */
    @AfterEach
    void forgetConsignmentsOutsideTheStore() {
        jdbc.update("DELETE FROM consignment_summary WHERE consignment_id LIKE 'CN-FOLD-%'");
    }

    private Map<String, Object> rowOf(String id) {
        return jdbc.queryForMap("SELECT * FROM consignment_summary WHERE consignment_id = ?", id);
    }

    private List<String> goodsOf(String id) {
        return jdbc.queryForList("SELECT hs_code FROM consignment_goods WHERE consignment_id = ? ORDER BY line_number",
                String.class, id);
    }

    @Test
    void aPoisonEventParksItsOwnConsignmentAndTheOthersGoOn() {
        String poisoned = "CN-POISON";
        Declaration declaration = Declarations.withReference("EX-POISON");
        // Stored without the aggregate, as a buggy or foreign writer could: a screening without a channel.
        eventStore.publish(
                domainEvent(poisoned, 0, new ConsignmentDeclaredEvent(poisoned, declaration, ConsignmentStatus.DECLARED)),
                domainEvent(poisoned, 1, new ConsignmentScreenedEvent(poisoned, null, "v1", List.of(), null, false,
                        null, null, ConsignmentStatus.CLEARED, ConsignmentStatus.CLEARED)),
                domainEvent(poisoned, 2, new DeclarationCancelledEvent(poisoned, "EX-POISON", "Withdrawn",
                        ConsignmentStatus.CANCELLED)));
        String healthy = declared("AFTER-POISON", Declarations.withReference("EX-AFTER-POISON"));

        await().untilAsserted(() -> assertThat(deadLetterTypes(poisoned))
                .containsExactly("ConsignmentScreenedEvent", "DeclarationCancelledEvent"));
        assertThat(summaryOf(poisoned)).hasValueSatisfying(parked -> {
            assertThat(parked.status()).isEqualTo(ConsignmentStatus.DECLARED);
            assertThat(parked.version()).isZero();
        });
        assertThat(summaryOf(healthy).orElseThrow().channel()).isNotNull();

        // A rebuild starts from no dead letters, so the poison parks the same events again, once.
        assertThatARebuildGivesTheSameTable();
        await().untilAsserted(() -> assertThat(deadLetterTypes(poisoned))
                .containsExactly("ConsignmentScreenedEvent", "DeclarationCancelledEvent"));
    }

    /** The simple type names of the events parked for one consignment, in their order. */
    private List<String> deadLetterTypes(String consignmentId) {
        return jdbc.queryForList("""
                SELECT split_part(payloadtype, '.', -1) FROM deadletterentry
                WHERE processinggroup = ? AND sequenceidentifier = ? ORDER BY sequenceindex""", String.class,
                PROCESSING_GROUP, consignmentId);
    }

    @Test
    void aResetProcessorRebuildsTheSameTableRowForRow() {
        releasedAfterASanctionsHold("SUM-REPLAY");
        assertThat(processing.eventProcessor(PROCESSING_GROUP, PooledStreamingEventProcessor.class)).isPresent();
        assertThat(processing.deadLetterQueue(PROCESSING_GROUP)).containsInstanceOf(JdbcSequencedDeadLetterQueue.class);

        assertThatARebuildGivesTheSameTable();
    }

    private void assertThatARebuildGivesTheSameTable() {
        Projections.assertThatARebuildGivesTheSameRows(processing, replay, PROCESSING_GROUP, jdbc, ALL_ROWS);
    }

    /** Declares a consignment bound for a denied party, lifts the automatic hold, inspects and releases it. */
    private String releasedAfterASanctionsHold(String name) {
        String id = "CN-" + name;
        commands.send(new DeclareConsignmentCommand(id, Lifecycles.toASanctionedConsignee("EX-" + name)), OFFICER);
        await().untilAsserted(() -> assertThat(summaryOf(id)).hasValueSatisfying(held -> {
            assertThat(held.status()).isEqualTo(ConsignmentStatus.HELD);
            assertThat(held.openHoldCount()).isEqualTo(1);
        }));
        Lifecycles.liftInspectAndRelease(commands, id);
        await().untilAsserted(() -> assertThat(summaryOf(id)).hasValueSatisfying(released -> {
            assertThat(released.status()).isEqualTo(ConsignmentStatus.RELEASED);
            assertThat(released.version()).isEqualTo(7);
        }));
        return id;
    }

    private String declared(String name, Declaration declaration) {
        String id = "CN-" + name;
        commands.send(new DeclareConsignmentCommand(id, declaration), OFFICER);
        await().untilAsserted(() -> assertThat(summaryOf(id)).hasValueSatisfying(
                summary -> assertThat(summary.channel()).isNotNull()));
        return id;
    }

    /** The filters this test varies, within the references of this test ("EX-FLT-"). */
    private static FetchConsignmentSummariesQuery query(String partyName, ConsignmentStatus status, String borderPost,
                                                        SummarySort sort, boolean descending, int offset, int limit) {
        return new FetchConsignmentSummariesQuery("EX-FLT-", partyName, null, status, null, borderPost, null, null,
                sort, descending, offset, limit);
    }

    private ConsignmentSummaryPage page(FetchConsignmentSummariesQuery query) {
        return queries.query(query, ConsignmentSummaryPage.class).join();
    }

    private List<String> ids(FetchConsignmentSummariesQuery query) {
        return page(query).items().stream().map(ConsignmentSummary::consignmentId).toList();
    }

    private Optional<ConsignmentSummary> summaryOf(String id) {
        return queries.query(new FetchConsignmentSummaryQuery(id), ResponseTypes.optionalInstanceOf(ConsignmentSummary.class))
                .join();
    }
}
