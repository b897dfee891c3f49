package org.borderledger.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderledger.support.Lifecycles.OFFICER;
import static org.borderledger.support.Lifecycles.SUPERVISOR;

import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.QuerySideTestApplication;
import org.borderledger.audit.api.BrokenLink;
import org.borderledger.audit.api.ChainBreak;
import org.borderledger.audit.api.ChainVerification;
import org.borderledger.audit.api.VerifyEventChainQuery;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.DeclareConsignmentCommand;
import org.borderledger.consignment.api.HoldReason;
import org.borderledger.consignment.api.PlaceHoldCommand;
import org.borderledger.messaging.api.EventHash;
import org.borderledger.messaging.api.StoredEventContent;
import org.borderledger.support.Commands;
import org.borderledger.support.FreshQuerySideDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * Tamper evidence against real PostgreSQL: events are chained as they are stored, and the verification
 * pinpoints rows changed or deleted behind the application's back. Every test that tampers puts the row
 * back, so that the whole-store checks of the others see only their own damage.
 */
// Snapshots every 2 events, taken while the consignment cache serves the later commands: the chain must run on regardless.
@SpringBootTest(classes = QuerySideTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "borderledger.snapshot-threshold=2")
@ContextConfiguration(initializers = FreshQuerySideDatabase.class)
@Import(Commands.class)
class EventChainIntegrationTest {


    @Autowired
    QueryGateway queryGateway;
    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Commands commands;

    @Test
    void everyStoredEventCarriesAHashChainedToTheEventBeforeIt() {
        String id = declareAndHoldTwice("CHAIN-1");

        List<Map<String, Object>> metaData = jdbc.queryForList("""
                SELECT convert_from(metadata, 'UTF8')::jsonb ->> 'hash' AS hash,
                       convert_from(metadata, 'UTF8')::jsonb ->> 'previousHash' AS previous
                FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber""", id);

        assertThat(metaData).hasSize(4).allSatisfy(row -> assertThat(row.get("hash")).asString().hasSize(64));
        assertThat(metaData.get(0)).containsEntry("previous", EventHash.GENESIS);
        for (int i = 1; i < metaData.size(); i++) {
            assertThat(metaData.get(i)).containsEntry("previous", metaData.get(i - 1).get("hash"));
        }
        assertThat(jdbc.queryForList("SELECT convert_from(metadata, 'UTF8') FROM snapshotevententry WHERE aggregateidentifier = ?",
                String.class, id)).isNotEmpty().noneMatch(json -> json.contains(EventHash.HASH));
    }

    @Test
    void anIntactStoreVerifies() {
        String id = declareAndHoldTwice("CHAIN-2");

        assertThat(verify(new VerifyEventChainQuery(id))).isEqualTo(ChainVerification.intact(4));
        ChainVerification wholeStore = verify(VerifyEventChainQuery.wholeStore());
        assertThat(wholeStore.intact()).isTrue();
        assertThat(wholeStore.eventsChecked()).isEqualTo(jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class));
    }

    @Test
    void aPayloadEditedInTheDatabaseIsPinpointed() {
        String id = declareAndHoldTwice("CHAIN-3");
        long edited = globalIndex(id, 2);
        byte[] original = payload(edited);
        try {
            jdbc.update("""
                    UPDATE domainevententry
                    SET payload = convert_to(replace(convert_from(payload, 'UTF8'), 'Invoice missing', 'Invoice present'), 'UTF8')
                    WHERE globalindex = ?""", edited);

            assertThat(verify(new VerifyEventChainQuery(id)))
                    .isEqualTo(ChainVerification.broken(3, new BrokenLink(id, 2, edited, ChainBreak.CONTENT_CHANGED)));
        } finally {
            jdbc.update("UPDATE domainevententry SET payload = ? WHERE globalindex = ?", original, edited);
        }
        assertThat(verify(new VerifyEventChainQuery(id)).intact()).isTrue();
    }

    @Test
    void aDeletedEventIsReportedAsASequenceGapAtTheEventAfterIt() {
        String id = declareAndHoldTwice("CHAIN-4");
        Map<String, Object> deleted = jdbc.queryForMap("SELECT * FROM domainevententry WHERE globalindex = ?", globalIndex(id, 1));
        try {
            jdbc.update("DELETE FROM domainevententry WHERE globalindex = ?", deleted.get("globalindex"));

            assertThat(verify(new VerifyEventChainQuery(id)))
                    .isEqualTo(ChainVerification.broken(2, new BrokenLink(id, 2, globalIndex(id, 2), ChainBreak.SEQUENCE_GAP)));
        } finally {
            restore(deleted);
        }
        assertThat(verify(new VerifyEventChainQuery(id)).intact()).isTrue();
    }

    @Test
    void anEditedEventWhoseHashWasRecomputedIsCaughtByTheEventAfterIt() {
        String id = declareAndHoldTwice("CHAIN-5");
        long edited = globalIndex(id, 1);
        Map<String, Object> original = jdbc.queryForMap("SELECT * FROM domainevententry WHERE globalindex = ?", edited);
        try {
            jdbc.update("UPDATE domainevententry SET payload = convert_to(convert_from(payload, 'UTF8') || ' ', 'UTF8') WHERE globalindex = ?", edited);
            StoredEventContent tampered = stored(edited);
            String recomputed = EventHash.of(EventHash.storedPreviousHash(tampered.metaData()).orElseThrow(), tampered);
            jdbc.update("""
                    UPDATE domainevententry
                    SET metadata = convert_to(jsonb_set(convert_from(metadata, 'UTF8')::jsonb, '{hash}', to_jsonb(?::text))::text, 'UTF8')
                    WHERE globalindex = ?""", recomputed, edited);

            assertThat(verify(new VerifyEventChainQuery(id)))
                    .isEqualTo(ChainVerification.broken(3, new BrokenLink(id, 2, globalIndex(id, 2), ChainBreak.PREVIOUS_HASH_MISMATCH)));
        } finally {
            jdbc.update("DELETE FROM domainevententry WHERE globalindex = ?", edited);
            restore(original);
        }
        assertThat(verify(new VerifyEventChainQuery(id)).intact()).isTrue();
    }

    @Test
    void theWholeStoreVerificationReportsTheFirstBrokenEventInStorageOrder() {
        String first = declareAndHoldTwice("CHAIN-6");
        String second = declareAndHoldTwice("CHAIN-7");
        Map<String, Object> deleted = jdbc.queryForMap("SELECT * FROM domainevententry WHERE globalindex = ?", globalIndex(first, 1));
        long edited = globalIndex(second, 0);
        byte[] original = payload(edited);
        try {
            jdbc.update("UPDATE domainevententry SET payload = convert_to(convert_from(payload, 'UTF8') || ' ', 'UTF8') WHERE globalindex = ?", edited);
            jdbc.update("DELETE FROM domainevententry WHERE globalindex = ?", deleted.get("globalindex"));

            ChainVerification wholeStore = verify(VerifyEventChainQuery.wholeStore());

            assertThat(wholeStore.intact()).isFalse();
            assertThat(wholeStore.firstBreak()).isEqualTo(new BrokenLink(first, 2, globalIndex(first, 2), ChainBreak.SEQUENCE_GAP));
        } finally {
            jdbc.update("UPDATE domainevententry SET payload = ? WHERE globalindex = ?", original, edited);
            restore(deleted);
        }
        assertThat(verify(VerifyEventChainQuery.wholeStore()).intact()).isTrue();
    }

    /** Declared (0), screened (1), and two holds (2: "Invoice missing", 3). */
    private String declareAndHoldTwice(String name) {
        String id = "CN-" + name;
        commands.send(new DeclareConsignmentCommand(id, Declarations.withReference("EX-" + name)), OFFICER);
        commands.send(new PlaceHoldCommand(id, 1, "H-1", HoldReason.DOCUMENTS, "Invoice missing"), OFFICER);
        commands.send(new PlaceHoldCommand(id, 2, "H-2", HoldReason.RISK_INTELLIGENCE, "Tip-off"), SUPERVISOR);
        return id;
    }

    private ChainVerification verify(VerifyEventChainQuery query) {
        return queryGateway.query(query, ChainVerification.class).join();
    }

    private long globalIndex(String id, long sequenceNumber) {
        return jdbc.queryForObject("SELECT globalindex FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = ?",
                Long.class, id, sequenceNumber);
    }

    private byte[] payload(long globalIndex) {
        return jdbc.queryForObject("SELECT payload FROM domainevententry WHERE globalindex = ?", byte[].class, globalIndex);
    }

    /** The row as it is stored now, the way the verification reads it. */
    private StoredEventContent stored(long globalIndex) {
        return jdbc.queryForObject("SELECT * FROM domainevententry WHERE globalindex = ?", (rs, number) -> new StoredEventContent(
                rs.getString("aggregateidentifier"), rs.getLong("sequencenumber"), rs.getString("type"),
                rs.getString("eventidentifier"), rs.getString("timestamp"), rs.getString("payloadtype"),
                rs.getString("payloadrevision"), rs.getBytes("payload"), rs.getBytes("metadata")), globalIndex);
    }

    private void restore(Map<String, Object> row) {
        jdbc.update("""
                INSERT INTO domainevententry (globalindex, aggregateidentifier, sequencenumber, type, eventidentifier,
                    metadata, payload, payloadrevision, payloadtype, "timestamp")
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", row.get("globalindex"), row.get("aggregateidentifier"),
                row.get("sequencenumber"), row.get("type"), row.get("eventidentifier"), row.get("metadata"),
                row.get("payload"), row.get("payloadrevision"), row.get("payloadtype"), row.get("timestamp"));
    }
}
