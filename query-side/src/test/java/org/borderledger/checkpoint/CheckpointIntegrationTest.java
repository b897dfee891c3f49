package org.borderledger.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderledger.support.Lifecycles.OFFICER;
import static org.borderledger.support.Lifecycles.SUPERVISOR;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.QuerySideTestApplication;
import org.borderledger.actor.api.Actor;
import org.borderledger.actor.api.Role;
import org.borderledger.audit.api.ChainVerification;
import org.borderledger.audit.api.VerifyEventChainQuery;
import org.borderledger.checkpoint.api.Checkpoint;
import org.borderledger.checkpoint.api.CheckpointVerification;
import org.borderledger.checkpoint.api.LedgerHash;
import org.borderledger.checkpoint.api.MakeCheckpointCommand;
import org.borderledger.checkpoint.api.Tampering;
import org.borderledger.checkpoint.api.TamperingKind;
import org.borderledger.checkpoint.api.VerifyCheckpointQuery;
import org.borderledger.consignment.api.DecisionReason;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.DeclareConsignmentCommand;
import org.borderledger.consignment.api.HoldDecision;
import org.borderledger.consignment.api.HoldReason;
import org.borderledger.consignment.api.PlaceHoldCommand;
import org.borderledger.consignment.api.ReviewHoldCommand;
import org.borderledger.messaging.api.EventHash;
import org.borderledger.messaging.api.StoredEventContent;
import org.borderledger.support.Commands;
import org.borderledger.support.FreshQuerySideDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * The attacks of a dishonest insider with SQL on the event store, each against a signed checkpoint, on
 * real PostgreSQL. Each test tampers after the checkpoint; the store, the ledger and the checkpoints are
 * put back as they were just before the tampering, so every test starts from an intact store and the
 * projections (shared with other tests of the same context) still match it.
 */
@SpringBootTest(classes = QuerySideTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ContextConfiguration(initializers = FreshQuerySideDatabase.class)
@Import(Commands.class)
class CheckpointIntegrationTest {

    static final Actor AUDITOR = new Actor("a.nurlanova", Role.AUDITOR, "-");
    private static final List<String> TABLES = List.of("domainevententry", "ledger_entry", "ledger_checkpoint");

    @Autowired
    QueryGateway queries;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Commands commands;

    private static final AtomicInteger consignments = new AtomicInteger();

    /** Called by each test right before it tampers. */
    private void keepTheStoreAsItIs() {
        TABLES.forEach(table -> jdbc.execute("DROP TABLE IF EXISTS saved_" + table + "; CREATE TABLE saved_" + table
                + " AS SELECT * FROM " + table));
    }

    @AfterEach
    void putTheStoreBack() {
        if (Boolean.TRUE.equals(jdbc.queryForObject("SELECT to_regclass('saved_domainevententry') IS NOT NULL", Boolean.class))) {
            TABLES.forEach(table -> jdbc.execute("DELETE FROM " + table + "; INSERT INTO " + table + " SELECT * FROM saved_" + table
                    + "; DROP TABLE saved_" + table));
        }
    }

    @Test
    void anIntactStoreReproducesItsCheckpointAndListsWhatWasStoredAfterIt() {
        declareHoldLiftAndHoldAgain();
        Checkpoint checkpoint = checkpoint();
        String later = declareHoldLiftAndHoldAgain();

        CheckpointVerification result = verify(VerifyCheckpointQuery.againstNewest());

        assertThat(result.intact()).isTrue();
        assertThat(result.checkpoint()).isEqualTo(checkpoint);
        assertThat(result.eventsChecked()).isEqualTo(checkpoint.eventCount())
                .isEqualTo(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE globalindex <= ?", Long.class,
                        checkpoint.position()));
        assertThat(result.appendedAfter()).isEqualTo(5);
        assertThat(result.firstAppended()).isEqualTo(globalIndex(later, 0));
        assertThat(result.lastAppended()).isEqualTo(globalIndex(later, 4));
    }

    @Test
    void anEditedEventIsNamed() {
        String id = declareHoldLiftAndHoldAgain();
        checkpoint();
        keepTheStoreAsItIs();
        long edited = globalIndex(id, 2);
        jdbc.update("UPDATE domainevententry SET payload = convert_to(replace(convert_from(payload, 'UTF8'), 'Invoice missing', "
                + "'Invoice present'), 'UTF8') WHERE globalindex = ?", edited);

        assertThat(verify(VerifyCheckpointQuery.againstNewest()).findings())
                .containsExactly(Tampering.ofEvent(TamperingKind.EDITED, id, 2, edited));
    }

    @Test
    void aDeletedMiddleEventIsNamed() {
        String id = declareHoldLiftAndHoldAgain();
        checkpoint();
        keepTheStoreAsItIs();
        long deleted = delete(id, 2);

        assertThat(verify(VerifyCheckpointQuery.againstNewest()).findings())
                .containsExactly(Tampering.ofEvent(TamperingKind.DELETED_MIDDLE, id, 2, deleted));
    }

    @Test
    void aDeletedLastEventWhichTheHashChainAloneCannotSeeIsNamed() {
        String id = declareHoldLiftAndHoldAgain();
        checkpoint();
        keepTheStoreAsItIs();
        long deleted = delete(id, 4);

        assertThat(queries.query(new VerifyEventChainQuery(id), ChainVerification.class).join().intact())
                .as("the chain of what is left is whole").isTrue();
        assertThat(verify(VerifyCheckpointQuery.againstNewest()).findings())
                .containsExactly(Tampering.ofEvent(TamperingKind.DELETED_LAST, id, 4, deleted));
    }

    @Test
    void aWholeDeletedConsignmentIsNamed() {
        String id = declareHoldLiftAndHoldAgain();
        checkpoint();
        keepTheStoreAsItIs();
        long first = globalIndex(id, 0);
        jdbc.update("DELETE FROM domainevententry WHERE aggregateidentifier = ?", id);

        assertThat(verify(VerifyCheckpointQuery.againstNewest()).findings())
                .containsExactly(Tampering.ofEvent(TamperingKind.DELETED_STREAM, id, 0, first));
    }

    @Test
    void aDecisionRewrittenWithRecomputedHashesIsNamedThoughItsChainIsWhole() {
        String id = declareHoldLiftAndHoldAgain();
        checkpoint();
        keepTheStoreAsItIs();
        rewriteLiftAsSeize(id);

        assertThat(queries.query(new VerifyEventChainQuery(id), ChainVerification.class).join().intact())
                .as("the rewrite recomputed the consignment's chain").isTrue();
        assertThat(verify(VerifyCheckpointQuery.againstNewest()).findings()).containsExactly(
                Tampering.ofEvent(TamperingKind.REWRITTEN, id, 3, globalIndex(id, 3)),
                Tampering.ofEvent(TamperingKind.REWRITTEN, id, 4, globalIndex(id, 4)));
    }

    @Test
    void aRewriteOfTheEventsAndTheSealedRecordsTogetherIsBoundedByTheCheckpoints() {
        declareHoldLiftAndHoldAgain();
        Checkpoint before = checkpoint();
        String id = declareHoldLiftAndHoldAgain();
        Checkpoint after = checkpoint();
        keepTheStoreAsItIs();
        rewriteLiftAsSeize(id);
        resealFrom(globalIndex(id, 3));

        CheckpointVerification result = verify(VerifyCheckpointQuery.againstNewest());

        assertThat(result.checkpoint()).isEqualTo(after);
        assertThat(result.findings()).containsExactly(
                Tampering.ofRange(TamperingKind.HISTORY_REWRITTEN, before.position(), after.position()));
        assertThat(result.intact()).isFalse();
    }

    @Test
    void eventsMovedToOtherPositionsAreNamed() {
        String first = declareHoldLiftAndHoldAgain();
        String second = declareHoldLiftAndHoldAgain();
        checkpoint();
        keepTheStoreAsItIs();
        long a = globalIndex(first, 4);
        long b = globalIndex(second, 4);
        jdbc.update("UPDATE domainevententry SET globalindex = -1 WHERE globalindex = ?", a);
        jdbc.update("UPDATE domainevententry SET globalindex = ? WHERE globalindex = ?", a, b);
        jdbc.update("UPDATE domainevententry SET globalindex = ? WHERE globalindex = -1", b);

        assertThat(verify(VerifyCheckpointQuery.againstNewest()).findings()).containsExactly(
                Tampering.ofEvent(TamperingKind.REORDERED, second, 4, a),
                Tampering.ofEvent(TamperingKind.REORDERED, first, 4, b));
    }

    @Test
    void aCheckpointFileKeptByTheAuditorOutlivesTheStoredCheckpointsAndTheLedger() {
        String id = declareHoldLiftAndHoldAgain();
        Checkpoint kept = checkpoint();
        keepTheStoreAsItIs();
        long deleted = delete(id, 4);
        jdbc.update("DELETE FROM ledger_entry WHERE global_index = ?", deleted);
        jdbc.update("DELETE FROM ledger_checkpoint");

        CheckpointVerification result = verify(new VerifyCheckpointQuery(kept));

        assertThat(result.signatureValid()).isTrue();
        assertThat(result.keyTrusted()).isTrue();
        assertThat(result.findings()).containsExactly(
                Tampering.ofRange(TamperingKind.CHECKPOINT_REMOVED, kept.position(), kept.position()),
                Tampering.ofRange(TamperingKind.HISTORY_REWRITTEN, 0, kept.position()));
    }

    @Test
    void anAlteredCheckpointFileOrStoredCheckpointFailsItsSignature() {
        declareHoldLiftAndHoldAgain();
        Checkpoint genuine = checkpoint();
        keepTheStoreAsItIs();
        Checkpoint altered = new Checkpoint(genuine.format(), genuine.position() - 1, genuine.eventCount() - 1, genuine.ledgerHash(),
                genuine.madeAt(), genuine.madeBy(), genuine.publicKey(), genuine.signature());

        CheckpointVerification result = verify(new VerifyCheckpointQuery(altered));
        assertThat(result.signatureValid()).isFalse();
        assertThat(result.intact()).isFalse();

        jdbc.update("UPDATE ledger_checkpoint SET event_count = event_count + 1");
        assertThat(verify(VerifyCheckpointQuery.againstNewest()).signatureValid()).isFalse();
    }

    @Test
    void aCheckpointIsMadeOnlyWhenEventsWereSealedSinceTheLastOne() {
        declareHoldLiftAndHoldAgain();
        Checkpoint first = checkpoint();

        assertThat(checkpoint()).isEqualTo(first);
        assertThat(first.madeBy()).isEqualTo(AUDITOR.userId());
        assertThat(first.signedText()).startsWith(Checkpoint.FORMAT + "\nposition " + first.position() + "\n");
    }

    /**
     * Commands on four threads take global indexes in one order and may commit in another; checkpoints made
     * all the while must still seal every event once, in index order: the store verifies intact.
     */
    @Test
    void eventsCommittedOutOfOrderUnderLoadAreSealedOnceAndInOrder() throws Exception {
        ExecutorService officers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> declaring = IntStream.range(0, 4).<Future<?>>mapToObj(officer -> officers.submit(() -> {
                for (int consignment = 0; consignment < 8; consignment++) {
                    declareHoldLiftAndHoldAgain();
                }
            })).toList();
            int made = 0;
            while (declaring.stream().anyMatch(running -> !running.isDone())) {
                checkpoint();
                made++;
            }
            for (Future<?> done : declaring) {
                done.get();
            }
            checkpoint();

            CheckpointVerification result = verify(VerifyCheckpointQuery.againstNewest());

            assertThat(made).as("checkpoints made while commands ran").isGreaterThan(1);
            assertThat(result.findings()).isEmpty();
            assertThat(result.intact()).isTrue();
            assertThat(result.eventsChecked()).isEqualTo(jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class));
        } finally {
            officers.shutdownNow();
        }
    }

    /** Declared (0), screened (1), hold H-1 "Invoice missing" (2), lifted (3), hold H-2 (4). */
    private String declareHoldLiftAndHoldAgain() {
        String id = "CN-CP-" + consignments.incrementAndGet() + "-" + System.nanoTime();
        commands.send(new DeclareConsignmentCommand(id, Declarations.withReference("EX-" + id.substring(3, 20))), OFFICER);
        commands.send(new PlaceHoldCommand(id, 1, "H-1", HoldReason.DOCUMENTS, "Invoice missing"), OFFICER);
        commands.send(new ReviewHoldCommand(id, 2, "H-1", HoldDecision.LIFT, DecisionReason.DOCUMENTS_CORRECTED,
                "Invoice presented", null), SUPERVISOR);
        commands.send(new PlaceHoldCommand(id, 3, "H-2", HoldReason.RISK_INTELLIGENCE, "Tip-off"), OFFICER);
        return id;
    }

    private Checkpoint checkpoint() {
        return commands.send(new MakeCheckpointCommand(), AUDITOR);
    }

    private CheckpointVerification verify(VerifyCheckpointQuery query) {
        return queries.query(query, CheckpointVerification.class).join();
    }

    private long globalIndex(String id, long sequenceNumber) {
        return jdbc.queryForObject("SELECT globalindex FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = ?",
                Long.class, id, sequenceNumber);
    }

    private long delete(String id, long sequenceNumber) {
        long globalIndex = globalIndex(id, sequenceNumber);
        jdbc.update("DELETE FROM domainevententry WHERE globalindex = ?", globalIndex);
        return globalIndex;
    }

    /** What an insider would do: change the decision, then recompute the consignment's hashes from there on. */
    private void rewriteLiftAsSeize(String id) {
        jdbc.update("UPDATE domainevententry SET payload = convert_to(replace(convert_from(payload, 'UTF8'), '\"LIFT\"', '\"SEIZE\"'), "
                + "'UTF8') WHERE globalindex = ?", globalIndex(id, 3));
        String previous = EventHash.storedHash(stored(globalIndex(id, 2)).metaData()).orElseThrow();
        for (long sequenceNumber = 3; sequenceNumber <= 4; sequenceNumber++) {
            long globalIndex = globalIndex(id, sequenceNumber);
            setMetaData(globalIndex, EventHash.PREVIOUS_HASH, previous);
            previous = EventHash.of(previous, stored(globalIndex));
            setMetaData(globalIndex, EventHash.HASH, previous);
        }
    }

    /** And then the sealed records too, with the published ledger hashes, from a position on. */
    private void resealFrom(long globalIndex) {
        String running = jdbc.queryForObject("SELECT ledger_hash FROM ledger_entry WHERE global_index < ? ORDER BY global_index DESC LIMIT 1",
                String.class, globalIndex);
        for (long position : jdbc.queryForList("SELECT global_index FROM ledger_entry WHERE global_index >= ? ORDER BY global_index",
                Long.class, globalIndex)) {
            StoredEventContent event = stored(position);
            String eventHash = LedgerHash.ofEvent(event);
            running = LedgerHash.next(running, position, event.aggregateIdentifier(), event.sequenceNumber(), eventHash);
            jdbc.update("UPDATE ledger_entry SET event_hash = ?, ledger_hash = ? WHERE global_index = ?", eventHash, running, position);
        }
    }

    private void setMetaData(long globalIndex, String key, String value) {
        jdbc.update("""
                UPDATE domainevententry
                SET metadata = convert_to(jsonb_set(convert_from(metadata, 'UTF8')::jsonb, ?::text[], to_jsonb(?::text))::text, 'UTF8')
                WHERE globalindex = ?""", "{" + key + "}", value, globalIndex);
    }

    private StoredEventContent stored(long globalIndex) {
        return jdbc.queryForObject("SELECT " + StoredEventContent.COLUMNS + " FROM domainevententry WHERE globalindex = ?",
                (row, number) -> StoredEventContent.from(row), globalIndex);
    }
}
